package org.incubator.web.shared;

import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

/**
 * An EL context for a resolver's unit test: these resolvers in a chain, and the few conversions of
 * arguments EL makes that the tests need (a number to an {@code int}), without an EL implementation
 * on the class path.
 */
final class ResolverContext extends ELContext {

  private final CompositeELResolver resolvers = new CompositeELResolver();

  ResolverContext(ELResolver... chain) {
    for (ELResolver resolver : chain) {
      resolvers.add(resolver);
    }
  }

  @Override
  public ELResolver getELResolver() {
    return resolvers;
  }

  @Override
  public FunctionMapper getFunctionMapper() {
    return null;
  }

  @Override
  public VariableMapper getVariableMapper() {
    return null;
  }

  @Override
  public <T> T convertToType(Object value, Class<T> type) {
    if (type == int.class) {
      @SuppressWarnings("unchecked")
      T number = (T) Integer.valueOf(((Number) value).intValue());
      return number;
    }
    return type.cast(value);
  }
}
