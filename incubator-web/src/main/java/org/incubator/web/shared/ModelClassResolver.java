package org.incubator.web.shared;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StaticFieldELResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a view name a class of incubator-model by its simple name, so that a limit is read where the
 * model declares it: {@code max="#{ProjectHolder.NAME_LENGTH}"}. The name resolves to the class,
 * then the name after the dot to its public static field; a field that does not exist fails the
 * page instead of quietly rendering nothing.
 *
 * <p>EL's ImportHandler and StaticFieldELResolver would be the standard way, but Mojarra 4 lets
 * neither answer: its last resolver resolves every name it does not know to null, and EL asks the
 * ImportHandler only about a name that no resolver resolved; and it consults StaticFieldELResolver
 * only for top-level names, never for the field of a class. Registered in faces-config.xml, this
 * resolver answers both, whether Facelets evaluates the expression while it builds the view or a
 * component while it renders.
 */
public class ModelClassResolver extends ELResolver {

  /** The contexts of incubator-model whose classes a view may name. */
  static final List<String> PACKAGES =
      List.of(
          "org.incubator.applicant",
          "org.incubator.coaching",
          "org.incubator.grant",
          "org.incubator.identity",
          "org.incubator.programme",
          "org.incubator.selection",
          "org.incubator.shared",
          "org.incubator.starterkit",
          "org.incubator.training");

  /** Names already looked up, found or not: the names a view uses, so a handful. */
  private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

  private final StaticFieldELResolver fields = new StaticFieldELResolver();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base instanceof ELClass) {
      return fields.getValue(context, base, property);
    }
    Optional<Class<?>> named = named(base, property);
    if (named.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return new ELClass(named.get());
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (base instanceof ELClass) {
      return fields.getType(context, base, property);
    }
    if (named(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base instanceof ELClass) {
      fields.setValue(context, base, property, value);
    }
    if (named(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " is a class of the model");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (base instanceof ELClass) {
      return fields.isReadOnly(context, base, property);
    }
    if (named(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }

  /** A top-level name written like a class, looked up once. */
  private Optional<Class<?>> named(Object base, Object property) {
    if (base != null
        || !(property instanceof String name)
        || name.isEmpty()
        || !Character.isUpperCase(name.charAt(0))) {
      return Optional.empty();
    }
    return classes.computeIfAbsent(name, ModelClassResolver::modelClass);
  }

  /** The class of one of the model's contexts with this simple name, if there is one. */
  static Optional<Class<?>> modelClass(String simpleName) {
    for (String context : PACKAGES) {
      try {
        return Optional.of(
            Class.forName(
                context + "." + simpleName, false, ModelClassResolver.class.getClassLoader()));
      } catch (ClassNotFoundException notInThisContext) {
        // the next context, then none
      }
    }
    return Optional.empty();
  }
}
