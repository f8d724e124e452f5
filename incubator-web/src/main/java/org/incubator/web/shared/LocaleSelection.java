package org.incubator.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language the person reads the application in: Arabic (right to left), French or English.
 * Chosen on any page, remembered in a cookie for the next visit; the first visit follows the
 * browser's preference, French otherwise.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String COOKIE = "incubator-lang";
  public static final List<String> LANGUAGES = List.of("ar", "fr", "en");
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = initialLocale(FacesContext.getCurrentInstance().getExternalContext());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public String getDirection() {
    return isRightToLeft() ? "rtl" : "ltr";
  }

  public boolean isRightToLeft() {
    return "ar".equals(getLanguage());
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Switches the language and reloads the same page, keeping its query string. */
  public void switchTo(String language) throws IOException {
    if (!LANGUAGES.contains(language)) {
      return;
    }
    locale = Locale.forLanguageTag(language);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    faces.getViewRoot().setLocale(locale);
    external.addResponseCookie(
        COOKIE,
        language,
        Map.of(
            "maxAge",
            ONE_YEAR,
            "path",
            external.getRequestContextPath() + "/",
            "httpOnly",
            true,
            "SameSite",
            "Lax"));
    String uri =
        (String) external.getRequestMap().getOrDefault("jakarta.servlet.forward.request_uri", null);
    var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
    String target = uri != null ? uri : request.getRequestURI();
    String query = request.getQueryString();
    external.redirect(target + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  private static Locale initialLocale(ExternalContext external) {
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c && LANGUAGES.contains(c.getValue())) {
      return Locale.forLanguageTag(c.getValue());
    }
    for (Locale preferred :
        Collections.list(((jakarta.servlet.ServletRequest) external.getRequest()).getLocales())) {
      if (LANGUAGES.contains(preferred.getLanguage())) {
        return Locale.forLanguageTag(preferred.getLanguage());
      }
    }
    return Locale.FRENCH;
  }
}
