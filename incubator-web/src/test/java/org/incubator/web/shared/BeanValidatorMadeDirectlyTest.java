package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.LengthValidator;
import jakarta.faces.validator.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeanValidatorMadeDirectlyTest {

  /** Mojarra's application as far as validators go: a log of each one asked for. */
  private static final class Mojarra extends ApplicationWrapper {

    final List<String> asked = new ArrayList<>();

    Mojarra() {
      super(null);
    }

    @Override
    public Validator<?> createValidator(String validatorId) {
      asked.add(validatorId);
      return new LengthValidator();
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
    Application application = new BeanValidatorMadeDirectly(factory).getApplication();

    assertInstanceOf(BeanValidator.class, application.createValidator(BeanValidator.VALIDATOR_ID));
    assertInstanceOf(
        LengthValidator.class, application.createValidator(LengthValidator.VALIDATOR_ID));
    assertEquals(List.of(LengthValidator.VALIDATOR_ID), ((Mojarra) factory.application).asked);
  }

  @Test
  void theSameApplicationIsGivenUntilAnotherIsSet() {
    Factory factory = new Factory();
    BeanValidatorMadeDirectly direct = new BeanValidatorMadeDirectly(factory);
    Application first = direct.getApplication();

    assertSame(first, direct.getApplication());
    direct.setApplication(new Mojarra());
    Application second = direct.getApplication();
    assertInstanceOf(BeanValidator.class, second.createValidator(BeanValidator.VALIDATOR_ID));
    assertEquals(0, ((Mojarra) factory.application).asked.size());
    assertSame(second, direct.getApplication());
    assertEquals(false, first == second);
  }
}
