package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incubator.grant.TrancheStatus;
import org.incubator.programme.Setting;
import org.incubator.selection.ApplicationStatus;
import org.incubator.web.programme.SettingLabels;
import org.junit.jupiter.api.Test;

/**
 * The three bundles have the same keys, and every key the views and the code name is in them.
 * Sources are read as text from the modules' directories (Maven runs this test in incubator-web). A
 * key built at run time is checked where its parts are known — enum labels, and the few families
 * listed in {@link #keysBuiltAtRunTimeExistForEveryPartTheyAreBuiltFrom} — not in general.
 */
class BundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/org/incubator/web/i18n");
  private static final Path VIEWS = Path.of("src/main/webapp");
  private static final Path MODEL = Path.of("../incubator-model/src/main/java");
  private static final List<Path> JAVA =
      List.of(MODEL, Path.of("../incubator-ejb/src/main/java"), Path.of("src/main/java"));

  /**
   * {@code msg['key']} or {@code msg["key"]}; a key built in EL ({@code msg['Gender.'.concat(g)]})
   * does not match.
   */
  private static final Pattern VIEW_KEY = Pattern.compile("msg\\[\\s*(['\"])([^'\"]+)\\1\\s*]");

  /**
   * The prefix a view gives the field tags (WEB-INF/incubator.taglib.xml): xmlns:inc="incubator".
   */
  private static final Pattern FIELD_TAGS_PREFIX = Pattern.compile("xmlns:(\\w+)=\"incubator\"");

  /** An attribute label="…" among a tag's attributes. */
  private static final Pattern LABEL_ATTRIBUTE =
      Pattern.compile("(?<![\\w:.-])label\\s*=\\s*\"([^\"]*)\"");

  /** An attribute hint="…" (a key: what an empty field says) among a tag's attributes. */
  private static final Pattern HINT_ATTRIBUTE =
      Pattern.compile("(?<![\\w:.-])hint\\s*=\\s*\"([^\"]*)\"");

  /** A string literal inside an expression: label="#{enrolling ? 'a.key' : 'b.key'}". */
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private static final List<Pattern> JAVA_KEYS =
      List.of(
          // Messages.text("key", …), Messages.text(locale, "key", …), Messages.error(…),
          // Messages.info(…)
          Pattern.compile(
              "Messages\\.(?:text|error|info)\\(\\s*(?:[\\w.()]+,\\s*)?\"([^\"]+)\"\\s*[,)]"),
          // new IncubatorException("key", arguments…), new NotFoundException("key", arguments…)
          Pattern.compile("new (?:Incubator|NotFound)Exception\\(\\s*\"([^\"]+)\"\\s*[,)]"),
          // IncubatorException.onField(field, "key", arguments…)
          Pattern.compile("IncubatorException\\.onField\\([^,;]+,\\s*\"([^\"]+)\"\\s*[,)]"),
          // Bean Validation: message = "{key}" on a constraint, message() default "{key}" on our
          // own
          Pattern.compile("message\\s*(?:=|\\(\\)\\s*default)\\s*\"\\{([\\w.]+)}\""));

  /**
   * An exception of the family whose key is fixed by its constructor: super("key")
   * (ConcurrentUpdateException).
   */
  private static final Pattern EXCEPTION_SUBCLASS =
      Pattern.compile("extends (?:Incubator|NotFound)Exception\\b");

  private static final Pattern SUPER_KEY = Pattern.compile("super\\(\\s*\"([^\"]+)\"\\s*[,)]");

  /** A string literal shaped like a key, not the head of a concatenation ("my.next." + status). */
  private static final Pattern KEY_SHAPED_LITERAL =
      Pattern.compile("\"([a-z]\\w*(?:\\.\\w+)+)\"(?!\\s*\\+)");

  /**
   * Contexts whose keys are Faces' and PrimeFaces' own names: a literal there names their setting,
   * not our text.
   */
  private static final Set<String> FOREIGN_CONTEXTS = Set.of("jakarta", "primefaces");

  private static final Pattern PUBLIC_ENUM =
      Pattern.compile("^public enum (\\w+)", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern OPTIONS = Pattern.compile("labels\\.options\\('([\\w.]+)'\\)");

  private static final Pattern NUMBERED_ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  private final Map<String, Properties> bundles = loadBundles();

  @Test
  void everyBundleHasTheSameKeys() {
    Set<String> all = allKeys();
    List<String> problems = new ArrayList<>();
    bundles.forEach(
        (language, bundle) -> {
          Set<String> missing = new TreeSet<>(all);
          missing.removeAll(bundle.stringPropertyNames());
          if (!missing.isEmpty()) {
            problems.add("messages_" + language + " lacks " + missing);
          }
        });
    assertNone("Keys missing from a bundle", problems);
  }

  @Test
  void viewsNameOnlyKeysThatExist() {
    Set<String> all = allKeys();
    List<String> problems = new ArrayList<>();
    for (Path view : files(VIEWS, ".xhtml")) {
      String text = read(view);
      Matcher key = VIEW_KEY.matcher(text);
      while (key.find()) {
        if (!all.contains(key.group(2))) {
          problems.add(where(view, text, key.start()) + " " + key.group(2));
        }
      }
    }
    assertNone("Keys named in views but in no bundle", problems);
  }

  /**
   * The field tags take their label as a key (label="applicant.field.cin", or keys chosen in EL): a
   * mistyped one would show the key itself on the page.
   */
  @Test
  void fieldTagsAreLabelledWithKeysThatExist() {
    Set<String> all = allKeys();
    List<String> problems = new ArrayList<>();
    int tags = 0;
    for (Path view : files(VIEWS, ".xhtml")) {
      String text = read(view);
      Matcher prefix = FIELD_TAGS_PREFIX.matcher(text);
      if (!prefix.find()) {
        continue;
      }
      Matcher tag =
          Pattern.compile(
                  "<" + prefix.group(1) + ":\\w+((?:\\s+[\\w:.-]+\\s*=\\s*\"[^\"]*\")*)\\s*/?>")
              .matcher(text);
      while (tag.find()) {
        tags++;
        Matcher label = LABEL_ATTRIBUTE.matcher(tag.group(1));
        if (!label.find()) {
          problems.add(where(view, text, tag.start()) + " a field without a label");
          continue;
        }
        String value = label.group(1);
        // in EL, the keys it chooses between; the head of a key built at run time
        // ('Criterion.'.concat(…)) is left to the checks of those keys
        List<String> keys =
            value.contains("#{")
                ? QUOTED.matcher(value).results().map(quoted -> quoted.group(1)).toList()
                : List.of(value);
        keys.stream()
            .filter(key -> !key.endsWith("."))
            .filter(key -> !all.contains(key))
            .forEach(key -> problems.add(where(view, text, tag.start()) + " " + key));
        HINT_ATTRIBUTE
            .matcher(tag.group(1))
            .results()
            .map(hint -> hint.group(1))
            .filter(key -> !all.contains(key))
            .forEach(key -> problems.add(where(view, text, tag.start()) + " hint " + key));
      }
    }
    assertTrue(tags > 0, "no field tag found under " + VIEWS.toAbsolutePath());
    assertNone("Field labels that are no key", problems);
  }

  @Test
  void codeNamesOnlyKeysThatExist() {
    Set<String> all = allKeys();
    List<String> problems = new ArrayList<>();
    for (Path source : javaSources()) {
      String text = read(source);
      List<Pattern> patterns = new ArrayList<>(JAVA_KEYS);
      if (EXCEPTION_SUBCLASS.matcher(text).find()) {
        patterns.add(SUPER_KEY);
      }
      for (Pattern pattern : patterns) {
        Matcher key = pattern.matcher(text);
        while (key.find()) {
          if (!all.contains(key.group(1))) {
            problems.add(where(source, text, key.start()) + " " + key.group(1));
          }
        }
      }
    }
    assertNone("Keys named by Messages, refusals or constraints but in no bundle", problems);
  }

  /**
   * Keys also travel through helpers (a letter's say("letter.to"), act(…,
   * "grant.payment.recorded"), RecordIds.parse(id, "grant.request.notFound"), the model's reason
   * keys): any literal in the Java sources shaped like a key of one of the bundle's contexts must
   * be one.
   */
  @Test
  void literalsShapedLikeKeysOfOurContextsAreKeys() {
    Set<String> all = allKeys();
    Set<String> contexts = new TreeSet<>();
    all.stream()
        .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
        .forEach(contexts::add);
    contexts.removeAll(FOREIGN_CONTEXTS);
    List<String> problems = new ArrayList<>();
    for (Path source : javaSources()) {
      String text = read(source);
      Matcher literal = KEY_SHAPED_LITERAL.matcher(text);
      while (literal.find()) {
        String candidate = literal.group(1);
        if (contexts.contains(candidate.substring(0, candidate.indexOf('.')))
            && !all.contains(candidate)) {
          problems.add(where(source, text, literal.start()) + " " + candidate);
        }
      }
    }
    assertNone("Literals shaped like keys but in no bundle", problems);
  }

  /**
   * {@link Labels} shows a constant as the key {@code <EnumSimpleName>.<CONSTANT>}. An enum with
   * one such key is shown to users, so all its constants need theirs; an enum offered in a view
   * with labels.options('…') needs them even if it has none yet. A label for a constant that no
   * longer exists is a leftover of a rename.
   */
  @Test
  void enumsShownToUsersHaveALabelForEveryConstant() {
    Set<String> offered = new TreeSet<>();
    for (Path view : files(VIEWS, ".xhtml")) {
      OPTIONS.matcher(read(view)).results().map(option -> option.group(1)).forEach(offered::add);
    }
    Map<String, Class<?>> enums = modelEnums();
    List<String> problems = new ArrayList<>();
    offered.stream()
        .filter(name -> !enums.containsKey(name))
        .forEach(
            name ->
                problems.add("labels.options('" + name + "') names no enum of incubator-model"));
    for (var language : bundles.entrySet()) {
      for (var type : enums.entrySet()) {
        String prefix = type.getValue().getSimpleName() + ".";
        Set<String> constants = new TreeSet<>();
        Arrays.stream(type.getValue().getEnumConstants())
            .map(constant -> prefix + ((Enum<?>) constant).name())
            .forEach(constants::add);
        Set<String> labels = new TreeSet<>();
        language.getValue().stringPropertyNames().stream()
            .filter(key -> key.startsWith(prefix))
            .forEach(labels::add);
        if (labels.isEmpty() && !offered.contains(type.getKey())) {
          continue;
        }
        Set<String> missing = new TreeSet<>(constants);
        missing.removeAll(labels);
        Set<String> stale = new TreeSet<>(labels);
        stale.removeAll(constants);
        if (!missing.isEmpty()) {
          problems.add("messages_" + language.getKey() + " lacks " + missing);
        }
        if (!stale.isEmpty()) {
          problems.add(
              "messages_"
                  + language.getKey()
                  + " labels constants "
                  + type.getValue().getSimpleName()
                  + " does not have: "
                  + stale);
        }
      }
    }
    assertNone("Enum labels", problems);
  }

  /** Where a key is a prefix joined to a value at run time, every value it can be joined to. */
  @Test
  void keysBuiltAtRunTimeExistForEveryPartTheyAreBuiltFrom() {
    Map<String, Collection<String>> families = new LinkedHashMap<>();
    // MyApplicationBacking.trancheSentence: "my.tranche." + where the tranche stands
    families.put("my.tranche.", Arrays.stream(TrancheStatus.values()).map(Enum::name).toList());
    // MyApplicationBacking.nextStep: "my.next." + the application's status
    families.put("my.next.", Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList());
    // layout.xhtml and decision-letters.xhtml: msg['shell.language.'.concat(language)]
    families.put("shell.language.", LocaleSelection.LANGUAGES);
    // home/entrepreneur.xhtml: msg['journey.step.'.concat(step)] over a list written in the view
    families.put("journey.step.", journeySteps());
    // SettingLabels.hintKey: the hint of every declared setting, named by its type
    families.put("", Arrays.stream(Setting.values()).map(SettingLabels::hintKey).toList());
    List<String> problems = new ArrayList<>();
    bundles.forEach(
        (language, bundle) ->
            families.forEach(
                (prefix, parts) ->
                    parts.stream()
                        .map(part -> prefix + part)
                        .filter(key -> !bundle.containsKey(key))
                        .forEach(key -> problems.add("messages_" + language + " lacks " + key))));
    assertNone("Keys built at run time", problems);
  }

  /**
   * A value with {0}-style arguments, and Faces' own messages (Faces always formats them), are
   * MessageFormat patterns: they must parse, they must not hold an ASCII apostrophe (MessageFormat
   * takes it for a quote and drops it with what follows: write ’), and every language must use the
   * same arguments. Bean Validation's named placeholders ({max}) are not MessageFormat's.
   */
  @Test
  void messagesWithArgumentsAreSoundPatternsInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    for (String key : allKeys()) {
      Map<String, Set<String>> argumentsByLanguage = new LinkedHashMap<>();
      bundles.forEach(
          (language, bundle) -> {
            String value = bundle.getProperty(key);
            if (value == null
                || !(NUMBERED_ARGUMENT.matcher(value).find() || key.startsWith("jakarta.faces."))) {
              return;
            }
            try {
              new MessageFormat(value, Locale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
              problems.add(
                  "messages_"
                      + language
                      + " "
                      + key
                      + " is not a MessageFormat pattern: "
                      + e.getMessage());
            }
            if (value.contains("'")) {
              problems.add(
                  "messages_" + language + " " + key + " has an ASCII apostrophe; write ’");
            }
            Set<String> arguments = new TreeSet<>();
            NUMBERED_ARGUMENT
                .matcher(value)
                .results()
                .map(argument -> argument.group(1))
                .forEach(arguments::add);
            argumentsByLanguage.put(language, arguments);
          });
      if (argumentsByLanguage.values().stream().distinct().count() > 1) {
        problems.add(key + " has different arguments by language: " + argumentsByLanguage);
      }
    }
    assertNone("Messages with arguments", problems);
  }

  private Set<String> allKeys() {
    Set<String> all = new TreeSet<>();
    bundles.values().forEach(bundle -> all.addAll(bundle.stringPropertyNames()));
    return all;
  }

  /** One bundle per language the application offers, read as UTF-8 so Arabic survives. */
  private static Map<String, Properties> loadBundles() {
    Map<String, Properties> loaded = new LinkedHashMap<>();
    for (String language : LocaleSelection.LANGUAGES) {
      var bundle = new Properties();
      try (Reader reader =
          Files.newBufferedReader(
              BUNDLES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
        bundle.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded.put(language, bundle);
    }
    return loaded;
  }

  /** The enums of incubator-model by class name, found as {@code public enum X} in its sources. */
  private static Map<String, Class<?>> modelEnums() {
    Map<String, Class<?>> enums = new LinkedHashMap<>();
    for (Path source : files(MODEL, ".java")) {
      String text = read(source);
      Matcher declaration = PUBLIC_ENUM.matcher(text);
      Matcher pack = PACKAGE.matcher(text);
      if (declaration.find() && pack.find()) {
        String name = pack.group(1) + "." + declaration.group(1);
        try {
          enums.put(name, Class.forName(name));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(
              name + " is in the sources of incubator-model but not on the test classpath", e);
        }
      }
    }
    assertFalse(enums.isEmpty(), "no enum found under " + MODEL.toAbsolutePath());
    return enums;
  }

  /**
   * The actions GrantRequest writes to its trail: record("paid", …) and moveTo(GrantStatus.X,
   * "closed", …).
   */
  private static List<String> journeySteps() {
    String text = read(VIEWS.resolve("home/entrepreneur.xhtml"));
    Matcher list = Pattern.compile("value=\"#\\{\\[([^\\]]*)]}\"\\s+var=\"step\"").matcher(text);
    assertTrue(
        list.find(),
        "home/entrepreneur.xhtml no longer lists its journey steps in EL: follow it here");
    return Arrays.stream(list.group(1).split(","))
        .map(step -> step.strip().replace("'", ""))
        .toList();
  }

  private static List<Path> javaSources() {
    return JAVA.stream().flatMap(root -> files(root, ".java").stream()).toList();
  }

  private static List<Path> files(Path root, String extension) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(extension)).sorted().toList();
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

  private static String where(Path file, String text, int index) {
    long line = text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    return file.normalize() + ":" + line;
  }

  private static void assertNone(String what, Collection<String> problems) {
    assertTrue(problems.isEmpty(), () -> what + ":\n  " + String.join("\n  ", problems));
  }
}
