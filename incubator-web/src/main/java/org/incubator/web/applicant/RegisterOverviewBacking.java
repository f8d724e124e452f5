package org.incubator.web.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolderFilter;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.applicant.ProjectHolderSummary;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.LocaleSelection;

/** The register at a glance, on the mentor's and the administrator's home pages. */
@Named
@RequestScoped
public class RegisterOverviewBacking {

  private static final int NEWEST = 5;

  @Inject private ProjectHolderRegister register;

  @Inject private LocaleSelection localeSelection;

  private Long total;
  private Long women;
  private List<ProjectHolderSummary> newest;

  public long getTotal() {
    if (total == null) {
      total = register.count(ProjectHolderFilter.NONE);
    }
    return total;
  }

  public long getWomen() {
    if (women == null) {
      women = register.count(new ProjectHolderFilter(null, null, null, null, Gender.FEMALE));
    }
    return women;
  }

  public List<ProjectHolderSummary> getNewest() {
    if (newest == null) {
      newest =
          register.list(
              ProjectHolderFilter.NONE,
              new PageRequest(0, NEWEST, "registeredAt", false),
              localeSelection.getLocale());
    }
    return newest;
  }
}
