package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incubator.applicant.ProjectHolder;
import org.junit.jupiter.api.Test;

/**
 * Views read the model's limits as {@code #{ProjectHolder.NAME_LENGTH}}: the name finds the class,
 * and every constant a view names exists, so a typo fails here rather than on a page.
 */
class ModelClassResolverTest {

  private static final Path VIEWS = Path.of("src/main/webapp");

  /** An expression: #{…}. */
  private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");

  /** Class.FIELD at the start of a path, outside string literals. */
  private static final Pattern CONSTANT =
      Pattern.compile("(?<![\\w.])([A-Z]\\w*)\\.([A-Za-z_]\\w*)");

  /** A length written in a view: maxlength="…" on an input, or max="…" on a field tag. */
  private static final Pattern LENGTH_ATTRIBUTE =
      Pattern.compile("\\s(maxlength|max)\\s*=\\s*\"([^\"]*)\"");

  private static final Pattern ONE_CONSTANT = Pattern.compile("#\\{[A-Z]\\w*\\.[A-Z][A-Z0-9_]*}");

  private final ModelClassResolver resolver = new ModelClassResolver();

  /** Both steps by this resolver alone: Mojarra asks no other about the field of a class. */
  @Test
  void aViewReadsAConstantOfTheModelByTheSimpleNameOfItsClass() {
    ELContext context = context(resolver);

    Object type = resolver.getValue(context, null, "ProjectHolder");
    assertTrue(context.isPropertyResolved());
    context.setPropertyResolved(false);
    Object length = resolver.getValue(context, type, "NAME_LENGTH");

    assertTrue(context.isPropertyResolved());
    assertEquals(ProjectHolder.NAME_LENGTH, length, "#{ProjectHolder.NAME_LENGTH}");
    assertTrue(resolver.isReadOnly(context, null, "ProjectHolder"));
    assertTrue(resolver.isReadOnly(context, type, "NAME_LENGTH"));
  }

  @Test
  void aConstantThatDoesNotExistFailsThePage() {
    ELContext context = context(resolver);
    Object type = resolver.getValue(context, null, "ProjectHolder");

    assertThrows(
        PropertyNotFoundException.class, () -> resolver.getValue(context, type, "NAME_LENGHT"));
  }

  @Test
  void otherNamesAreLeftToTheOtherResolvers() {
    ELContext context = context(resolver);

    for (String name : List.of("msg", "labels", "Unknown", "String", "ModelClassResolver")) {
      context.setPropertyResolved(false);
      assertNull(resolver.getValue(context, null, name), name);
      assertFalse(context.isPropertyResolved(), name + " was taken for a class of the model");
    }
    context.setPropertyResolved(false);
    assertNull(resolver.getValue(context, "a bean", "ProjectHolder"));
    assertFalse(context.isPropertyResolved(), "a property named like a class is not a class");
  }

  @Test
  void everyConstantAViewNamesIsAPublicStaticFieldOfTheModel() {
    List<String> problems = new ArrayList<>();
    int constants = 0;
    for (Path view : views()) {
      String text = read(view);
      Matcher expression = EXPRESSION.matcher(text);
      while (expression.find()) {
        String code = expression.group(1).replaceAll("'[^']*'", "''");
        Matcher constant = CONSTANT.matcher(code);
        while (constant.find()) {
          constants++;
          String name = constant.group(1) + "." + constant.group(2);
          Optional<Class<?>> type = ModelClassResolver.modelClass(constant.group(1));
          if (type.isEmpty()) {
            problems.add(
                view + ": " + name + ": no class of the model is named " + constant.group(1));
          } else if (!isPublicStaticField(type.get(), constant.group(2))) {
            problems.add(view + ": " + name + ": no public static field " + constant.group(2));
          }
        }
      }
    }
    assertTrue(constants > 0, "no view names a constant of the model");
    assertTrue(problems.isEmpty(), "Constants the views name:\n  " + String.join("\n  ", problems));
  }

  /** A length typed in a view would drift from its column: it is always the model's constant. */
  @Test
  void everyLengthInTheViewsIsAConstantOfTheModel() {
    List<String> problems = new ArrayList<>();
    for (Path view : views()) {
      Matcher length = LENGTH_ATTRIBUTE.matcher(read(view));
      while (length.find()) {
        String value = length.group(2);
        if (!ONE_CONSTANT.matcher(value).matches()) {
          problems.add(view + ": " + length.group(1) + "=\"" + value + "\"");
        }
      }
    }
    assertTrue(problems.isEmpty(), "Lengths typed by hand:\n  " + String.join("\n  ", problems));
  }

  private static boolean isPublicStaticField(Class<?> type, String name) {
    try {
      Field field = type.getField(name);
      return Modifier.isStatic(field.getModifiers());
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static ELContext context(ELResolver... resolvers) {
    return new ResolverContext(resolvers);
  }

  private static List<Path> views() {
    try (Stream<Path> walk = Files.walk(VIEWS)) {
      return walk.filter(path -> path.toString().endsWith(".xhtml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
