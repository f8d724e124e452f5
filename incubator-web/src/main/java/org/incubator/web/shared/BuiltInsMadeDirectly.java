package org.incubator.web.shared;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.Validator;

/**
 * Makes Faces' bean validator and its converter of enums without asking CDI for them first. Mojarra
 * looks for a CDI bean standing in for a validator or converter each time it makes one, which this
 * application never declares (no {@code @FacesValidator} or {@code @FacesConverter} with {@code
 * managed = true}), and it makes them often: the bean validator for every field at every build of a
 * view, postbacks included (7 % of building the committee's page), and PrimeFaces asks for the
 * converter of an enum menu's type once per option it renders (2 % of the ranking's page with its
 * filters). No converter is registered here for an enum's class, so Mojarra's answer is the same
 * {@link EnumConverter}. Every other validator and converter is made as Mojarra makes it.
 */
public class BuiltInsMadeDirectly extends ApplicationFactory {

  private volatile Direct application;

  public BuiltInsMadeDirectly(ApplicationFactory wrapped) {
    super(wrapped);
  }

  @Override
  public Application getApplication() {
    Application current = getWrapped().getApplication();
    Direct made = application;
    if (made == null || made.getWrapped() != current) {
      made = new Direct(current);
      application = made;
    }
    return made;
  }

  @Override
  public void setApplication(Application application) {
    getWrapped().setApplication(application);
  }

  private static final class Direct extends ApplicationWrapper {

    Direct(Application wrapped) {
      super(wrapped);
    }

    @Override
    public Validator<?> createValidator(String validatorId) {
      return BeanValidator.VALIDATOR_ID.equals(validatorId)
          ? new BeanValidator()
          : super.createValidator(validatorId);
    }

    @Override
    public Converter<?> createConverter(Class<?> targetClass) {
      return targetClass != null && targetClass.isEnum()
          ? new EnumConverter(targetClass)
          : super.createConverter(targetClass);
    }
  }
}
