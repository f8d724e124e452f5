package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The application's entry: sends a signed-in person to the home page of their role. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private CurrentUser currentUser;

  public void goHome() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + currentUser.getHomeView());
  }
}
