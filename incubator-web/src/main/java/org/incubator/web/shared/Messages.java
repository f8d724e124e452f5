package org.incubator.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
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
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, isolated(arguments)), null));
  }

  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, isolated(arguments)), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows a refusal of the services where it belongs: next to the field it names, wherever that
   * field is rendered in the page — in a list of rows, the field of the row whose button was
   * pressed — or at the top of the page when it names none (or a field this page does not show).
   */
  public static void show(IncubatorException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var message =
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            text(refusal.getMessageKey(), isolated(refusal.getArguments())),
            null);
    String clientId = refusal.getField().flatMap(field -> rendered(faces, field)).orElse(null);
    faces.addMessage(clientId, message);
    faces.validationFailed();
  }

  /**
   * The arguments of a message shown on a page, each text among them isolated from the sentence
   * around it ({@link Labels#isolate}); numbers and dates are left to the sentence's own format.
   */
  static Object[] isolated(Object... arguments) {
    return Arrays.stream(arguments)
        .map(argument -> argument instanceof String text ? Labels.isolate(text) : argument)
        .toArray();
  }

  /**
   * The client id of the rendered component with this id: the one beside the component that sent
   * the request (in the same row of a list) if there is one, else the first in the page.
   */
  private static Optional<String> rendered(FacesContext faces, String id) {
    String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
    // the naming containers of the source, up to its row in a list ("" when it has none)
    String row =
        source == null
            ? ""
            : source.substring(
                0, source.lastIndexOf(UINamingContainer.getSeparatorChar(faces)) + 1);
    String[] found = new String[1];
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
            (context, component) -> {
              if (!id.equals(component.getId())) {
                return VisitResult.ACCEPT;
              }
              String clientId = component.getClientId(faces);
              if (clientId.startsWith(row)) {
                found[0] = clientId;
                return VisitResult.COMPLETE;
              }
              if (found[0] == null) {
                found[0] = clientId;
              }
              return VisitResult.ACCEPT;
            });
    return Optional.ofNullable(found[0]);
  }
}
