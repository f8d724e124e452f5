package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.LengthValidator;
import jakarta.faces.validator.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;
import org.junit.jupiter.api.Test;

class BuiltInsMadeDirectlyTest {

  /** Mojarra's application as far as validators and converters go: a log of each one asked for. */
  private static final class Mojarra extends ApplicationWrapper {

    final List<Object> asked = new ArrayList<>();

    Mojarra() {
      super(null);
    }

    @Override
    public Validator<?> createValidator(String validatorId) {
      asked.add(validatorId);
      return new LengthValidator();
    }

    @Override
    public Converter<?> createConverter(Class<?> targetClass) {
      asked.add(targetClass);
      return null;
    }

    /** One enum has a converter of its own. */
    @Override
    public Iterator<Class<?>> getConverterTypes() {
      return List.<Class<?>>of(Enum.class, Trade.class, Integer.class).iterator();
    }
  }

  private static final class Factory extends ApplicationFactory {

    Application application = new Mojarra();

    Factory() {
      super(null);
    }

    @Override
    public Application getApplication() {
      return application;
    }

    @Override
    public void setApplication(Application application) {
      this.application = application;
    }
  }

  @Test
  void theBeanValidatorIsMadeWithoutAskingMojarraAndEveryOtherAsMojarraMakesIt() {
    Factory factory = new Factory();
    Application application = new BuiltInsMadeDirectly(factory).getApplication();

    assertInstanceOf(BeanValidator.class, application.createValidator(BeanValidator.VALIDATOR_ID));
    assertInstanceOf(
        LengthValidator.class, application.createValidator(LengthValidator.VALIDATOR_ID));
    assertEquals(List.of(LengthValidator.VALIDATOR_ID), ((Mojarra) factory.application).asked);
  }

  @Test
  void anEnumsConverterIsMadeWithoutAskingMojarraUnlessItHasOneOfItsOwn() {
    Factory factory = new Factory();
    Application application = new BuiltInsMadeDirectly(factory).getApplication();

    assertInstanceOf(EnumConverter.class, application.createConverter(Gender.class));
    assertEquals(null, application.createConverter(Trade.class));
    assertEquals(null, application.createConverter(String.class));
    assertEquals(List.of(Trade.class, String.class), ((Mojarra) factory.application).asked);
  }

  @Test
  void theSameApplicationIsGivenUntilAnotherIsSet() {
    Factory factory = new Factory();
    BuiltInsMadeDirectly direct = new BuiltInsMadeDirectly(factory);
    Application first = direct.getApplication();

    assertSame(first, direct.getApplication());
    direct.setApplication(new Mojarra());
    Application second = direct.getApplication();
    assertInstanceOf(BeanValidator.class, second.createValidator(BeanValidator.VALIDATOR_ID));
    assertEquals(0, ((Mojarra) factory.application).asked.size());
    assertSame(second, direct.getApplication());
    assertNotSame(first, second);
  }
}
