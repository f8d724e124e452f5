package org.incubator.web.shared;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.Validator;

/**
 * Makes Faces' bean validator without asking CDI for it first. Every field gets one each time its
 * view is built — at every request, postbacks included — and Mojarra first looks for a CDI bean
 * standing in for it, which the application never declares (no {@code @FacesValidator(managed =
 * true)} here): that lookup was 7 % of building the committee's page. Every other validator is made
 * as Mojarra makes it.
 */
public class BeanValidatorMadeDirectly extends ApplicationFactory {

  private volatile Direct application;

  public BeanValidatorMadeDirectly(ApplicationFactory wrapped) {
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
  }
}
