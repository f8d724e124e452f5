package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;

/** Signs out: the session ends and the sign-in page comes back (the language cookie stays). */
@Named
@RequestScoped
public class SignOutBacking {

  @Inject private SecurityLog log;

  public void signOut() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    log.record(SecurityEvent.SIGN_OUT, Map.of());
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
