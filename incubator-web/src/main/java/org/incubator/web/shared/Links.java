package org.incubator.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of a page for the link in each row of a list and in the layout's menu: {@code <a
 * href="#{links.to('/applicant/holder', 'id', row.id)}">}, {@code <p:menuitem
 * url="#{links.to('/applicant/holders')}">}. An {@code h:link} or a menu item's outcome resolves
 * its navigation case, asks the view handlers and encodes its parameters each time it renders (a
 * quarter of a ranking row's rendering, a sixth of the menu's); these links need none of that: the
 * page is named by its view id, as an outcome, and the session travels in its cookie only
 * (web.xml), never in an address. Links and buttons in a page's own content stay {@code h:link} and
 * {@code p:linkButton}.
 */
@Named
@RequestScoped
public class Links {

  private String contextPath;

  /** The page itself. */
  public String to(String viewId) {
    return contextPath() + viewId + ".xhtml";
  }

  /** The page with one parameter. */
  public String to(String viewId, String name, Object value) {
    return address(contextPath(), viewId, name, value, null, null);
  }

  /** The page with two parameters; the second is left out when it has no value. */
  public String to(String viewId, String name, Object value, String other, Object otherValue) {
    return address(contextPath(), viewId, name, value, other, otherValue);
  }

  static String address(
      String contextPath,
      String viewId,
      String name,
      Object value,
      String other,
      Object otherValue) {
    var address =
        new StringBuilder(contextPath)
            .append(viewId)
            .append(".xhtml?")
            .append(name)
            .append('=')
            .append(encoded(value));
    if (otherValue != null && !otherValue.toString().isEmpty()) {
      address.append('&').append(other).append('=').append(encoded(otherValue));
    }
    return address.toString();
  }

  private String contextPath() {
    if (contextPath == null) {
      contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
    return contextPath;
  }

  private static String encoded(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }
}
