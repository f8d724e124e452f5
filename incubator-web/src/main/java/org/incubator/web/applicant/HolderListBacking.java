package org.incubator.web.applicant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.web.shared.LocaleSelection;

/** The register of project holders as a lazy table. */
@Named
@ViewScoped
public class HolderListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProjectHolderRegister register;

  @Inject private LocaleSelection localeSelection;

  private ProjectHolderLazyModel holders;

  public void load() {
    holders = new ProjectHolderLazyModel(register, localeSelection.getLocale());
  }

  public ProjectHolderLazyModel getHolders() {
    return holders;
  }
}
