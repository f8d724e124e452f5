package org.incubator.web.shared;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods a view names on the application's own beans ({@code #{labels.of(row.status)}},
 * {@code #{links.to('/applicant/holder', 'id', row.id)}}) with the method found once per class,
 * name and number of arguments. EL's bean resolver looks the method up again at every call, copying
 * every public method of the class (a CDI proxy's are many) to find it: four calls a row made that
 * lookup a twentieth of a table's AJAX request.
 *
 * <p>Only a method that is the one of its name and number of arguments, not variadic, is called
 * here, its arguments converted to its parameters' types as EL converts them; anything else
 * (overloads, other classes' methods) is left to EL's bean resolver, which comes after the
 * resolvers of faces-config.xml.
 */
public class MethodsFoundOnce extends ELResolver {

  /** The packages whose classes' methods are called here: the application's own. */
  static final String OWN = "org.incubator.";

  record Signature(Class<?> type, String name, int arguments) {}

  /** What each signature named in a view resolves to: a method, or nothing to call here. */
  private final Map<Signature, Optional<Method>> methods = new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name) || paramTypes != null) {
      return null;
    }
    Object[] arguments = params == null ? new Object[0] : params;
    Optional<Method> found =
        methods.computeIfAbsent(
            new Signature(base.getClass(), name, arguments.length), MethodsFoundOnce::theOne);
    if (found.isEmpty()) {
      return null;
    }
    Method target = found.get();
    Class<?>[] types = target.getParameterTypes();
    Object[] converted = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      converted[i] = context.convertToType(arguments[i], types[i]);
    }
    try {
      Object result = target.invoke(base, converted);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  /**
   * The public method of an own class with this name and number of arguments, when there is exactly
   * one and it is not variadic.
   */
  static Optional<Method> theOne(Signature signature) {
    if (!signature.type().getName().startsWith(OWN)) {
      return Optional.empty();
    }
    List<Method> named =
        Arrays.stream(signature.type().getMethods())
            .filter(m -> m.getName().equals(signature.name()))
            .filter(m -> m.getParameterCount() == signature.arguments())
            .toList();
    if (named.size() != 1
        || named.get(0).isVarArgs()
        || Modifier.isStatic(named.get(0).getModifiers())
        || !Modifier.isPublic(named.get(0).getDeclaringClass().getModifiers())) {
      return Optional.empty();
    }
    return Optional.of(named.get(0));
  }

  /** How many signatures were looked up. */
  int kept() {
    return methods.size();
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // values are EL's own resolvers' to set
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
