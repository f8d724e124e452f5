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
import org.incubator.web.shared.KeptReads;
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
      total = counted(ProjectHolderFilter.NONE);
    }
    return total;
  }

  public long getWomen() {
    if (women == null) {
      women = counted(new ProjectHolderFilter(null, null, null, null, Gender.FEMALE));
    }
    return women;
  }

  /**
   * Counted as the register's list counts, and kept with its counts: a home page opened again and
   * again does not count 100,000 holders each time.
   */
  private long counted(ProjectHolderFilter filter) {
    return KeptReads.ofSession()
        .count(ProjectHolderLazyModel.class, filter, () -> register.count(filter));
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
