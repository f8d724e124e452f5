package org.incubator.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.incubator.shared.IncubatorException;

/** The application's text in the user's language, resolved per request from the one bundle. */
public final class Messages {

  public static final String BUNDLE = "org.incubator.web.i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String text(String key, Object... arguments) {
    return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  public static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows a refusal of the services where it belongs: next to its field when the exception names
   * one that is in {@code form}, at the top of the page otherwise.
   */
  public static void show(IncubatorException refusal, UIComponent form) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var message =
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            text(refusal.getMessageKey(), refusal.getArguments()),
            null);
    String clientId =
        refusal
            .getField()
            .map(field -> form == null ? null : form.findComponent(field))
            .map(component -> component.getClientId(faces))
            .orElse(null);
    faces.addMessage(clientId, message);
    faces.validationFailed();
  }
}
