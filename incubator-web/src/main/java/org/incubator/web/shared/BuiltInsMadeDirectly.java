package org.incubator.web.shared;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.Validator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Makes Faces' bean validator and its converter of enums without asking CDI for them first. Mojarra
 * looks for a CDI bean standing in for a validator or converter each time it makes one, which this
 * application never declares (no {@code @FacesValidator} or {@code @FacesConverter} with {@code
 * managed = true}), and it makes them often: the bean validator for every field at every build of a
 * view, postbacks included (7 % of building the committee's page), and PrimeFaces asks for the
 * converter of an enum menu's type once per option it renders (2 % of the ranking's page with its
 * filters). An enum with a converter registered for its own class (by faces-config or {@code
 * forClass}) gets it from Mojarra as before; any other gets the {@link EnumConverter} Mojarra would
 * make. Every other validator and converter is made as Mojarra makes it.
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

    /** The enums with a converter of their own, read once the application is configured. */
    private volatile Set<Class<?>> enumsWithConverters;

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
      return targetClass != null
              && targetClass.isEnum()
              && !enumsWithConverters().contains(targetClass)
          ? new EnumConverter(targetClass)
          : super.createConverter(targetClass);
    }

    private Set<Class<?>> enumsWithConverters() {
      Set<Class<?>> enums = enumsWithConverters;
      if (enums == null) {
        enums = new HashSet<>();
        for (Iterator<Class<?>> types = getConverterTypes(); types.hasNext(); ) {
          Class<?> type = types.next();
          if (type.isEnum()) {
            enums.add(type);
          }
        }
        enumsWithConverters = enums;
      }
      return enums;
    }
  }
}
