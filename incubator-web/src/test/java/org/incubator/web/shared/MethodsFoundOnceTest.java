package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import org.junit.jupiter.api.Test;

/**
 * A view's call of a bean's method ({@code #{labels.of(row.status)}}) is answered with the method
 * found once; what EL's bean resolver must decide (overloads, others' classes) is left to it.
 */
class MethodsFoundOnceTest {

  /** A bean of the application's own, as a view names it. */
  public static class Greeter {

    public String hello(String name, int times) {
      return ("hello " + name + " ").repeat(times).trim();
    }

    public String twice(String text) {
      return text + text;
    }

    public String twice(Integer number) {
      return String.valueOf(number * 2);
    }

    public String refuse(String why) {
      throw new IllegalStateException(why);
    }
  }

  private final MethodsFoundOnce resolver = new MethodsFoundOnce();

  @Test
  void aMethodOfAnOwnBeanIsCalledWithItsArgumentsConvertedAsElConvertsThem() {
    ELContext context = context();

    Object said =
        resolver.invoke(context, new Greeter(), "hello", null, new Object[] {"Amina", 2L});

    assertEquals("hello Amina hello Amina", said);
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void aMethodIsLookedUpOnceHoweverOftenAPageCallsIt() {
    Greeter greeter = new Greeter();

    for (int row = 0; row < 100; row++) {
      assertEquals(
          "hello " + row,
          resolver.invoke(context(), greeter, "hello", null, new Object[] {"" + row, 1}));
    }

    assertEquals(1, resolver.kept());
  }

  @Test
  void overloadsOfOneLengthAreLeftToElsBeanResolver() {
    ELContext context = context();

    assertNull(resolver.invoke(context, new Greeter(), "twice", null, new Object[] {"ab"}));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void methodsOfOtherClassesAndExactSignaturesAreLeftToElsBeanResolver() {
    ELContext context = context();

    assertNull(resolver.invoke(context, "text", "length", null, new Object[0]));
    assertNull(
        resolver.invoke(
            context,
            new Greeter(),
            "hello",
            new Class<?>[] {String.class, int.class},
            new Object[] {"Amina", 1}));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void whatTheMethodThrowsReachesTheViewAsElDeliversIt() {
    var thrown =
        assertThrows(
            ELException.class,
            () -> resolver.invoke(context(), new Greeter(), "refuse", null, new Object[] {"no"}));

    assertEquals(IllegalStateException.class, thrown.getCause().getClass());
    assertEquals("no", thrown.getCause().getMessage());
  }

  private static ELContext context() {
    return new ResolverContext();
  }
}
