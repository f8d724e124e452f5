package org.incubator.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Gives Faces a validator whose messages come from the application's bundle ({@link
 * BundleMessageInterpolator}). Done in code because WildFly does not read a {@code validation.xml}
 * inside a WAR that sits in an EAR (WFLY-21093).
 */
@WebListener
public class ValidationConfiguration implements ServletContextListener {

  /** Where Faces' bean validator looks for its factory before building a default one. */
  static final String FACES_VALIDATOR_FACTORY =
      "jakarta.faces.validator.beanValidator.ValidatorFactory";

  private ValidatorFactory factory;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new BundleMessageInterpolator())
            .buildValidatorFactory();
    event.getServletContext().setAttribute(FACES_VALIDATOR_FACTORY, factory);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (factory != null) {
      factory.close();
    }
  }
}
