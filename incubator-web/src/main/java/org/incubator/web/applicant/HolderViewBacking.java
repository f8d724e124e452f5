package org.incubator.web.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderRegister;

/** One project holder's file, read-only. */
@Named
@RequestScoped
public class HolderViewBacking {

  @Inject
  private ProjectHolderRegister register;

  private Long id;
  private ProjectHolder holder;

  public void load() {
    holder = register.getHolder(id);
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
