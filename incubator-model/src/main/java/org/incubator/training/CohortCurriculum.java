package org.incubator.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Cohort;

/**
 * The curriculum version a cohort follows, fixed when its first session is scheduled: a version
 * published afterwards never changes the modules of a cohort already being trained.
 */
@Entity
@Table(name = "cohort_curriculum")
public class CohortCurriculum {

  @Id
  @Column(name = "cohort_id")
  private Long cohortId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "curriculum_id", nullable = false, updatable = false)
  private CurriculumVersion curriculum;

  @Column(
      name = "fixed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String fixedBy;

  @Column(name = "fixed_at", nullable = false, updatable = false)
  private Instant fixedAt;

  protected CohortCurriculum() {}

  public CohortCurriculum(Cohort cohort, CurriculumVersion curriculum, String by, Instant when) {
    this.cohortId = cohort.getId();
    this.curriculum = curriculum;
    this.fixedBy = by;
    this.fixedAt = when;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public CurriculumVersion getCurriculum() {
    return curriculum;
  }
}
