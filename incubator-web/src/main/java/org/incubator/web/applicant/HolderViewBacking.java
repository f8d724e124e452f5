package org.incubator.web.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.incubator.applicant.IdentityChange;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.web.shared.RecordIds;

/** One project holder's file, read-only. */
@Named
@RequestScoped
public class HolderViewBacking {

  @Inject private ProjectHolderRegister register;

  private String idParameter;
  private ProjectHolder holder;
  private List<IdentityChange> identityChanges;

  public void load() {
    holder = register.getHolder(RecordIds.parse(idParameter, "applicant.holder.notFound"));
    identityChanges = register.identityChanges(holder.getId());
  }

  public List<IdentityChange> getIdentityChanges() {
    return identityChanges;
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
