package org.incubator.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.selection.Cohort;
import org.incubator.shared.Caller;
import org.incubator.shared.IncubatorException;

/**
 * Which curriculum version each cohort follows: the one fixed at its first session, or else the
 * latest published for its start (the first one for a cohort that started before any).
 */
@Dependent
class FollowedCurricula {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  Optional<CurriculumVersion> of(Cohort cohort) {
    CohortCurriculum fixed = em.find(CohortCurriculum.class, cohort.getId());
    if (fixed != null) {
      return Optional.of(fixed.getCurriculum());
    }
    return CurriculumVersion.applicableTo(published(), cohort.getPeriod().getStart());
  }

  /** The versions these cohorts follow, by cohort id, in two statements whatever their number. */
  Map<Long, Optional<CurriculumVersion>> of(List<Cohort> cohorts) {
    Map<Long, CurriculumVersion> fixed = new HashMap<>();
    em.createQuery(
            "SELECT c FROM CohortCurriculum c JOIN FETCH c.curriculum WHERE c.cohortId IN :ids",
            CohortCurriculum.class)
        .setParameter("ids", cohorts.stream().map(Cohort::getId).toList())
        .getResultList()
        .forEach(c -> fixed.put(c.getCohortId(), c.getCurriculum()));
    List<CurriculumVersion> published = fixed.size() < cohorts.size() ? published() : List.of();
    Map<Long, Optional<CurriculumVersion>> followed = new HashMap<>();
    for (Cohort cohort : cohorts) {
      CurriculumVersion version = fixed.get(cohort.getId());
      followed.put(
          cohort.getId(),
          version != null
              ? Optional.of(version)
              : CurriculumVersion.applicableTo(published, cohort.getPeriod().getStart()));
    }
    return followed;
  }

  /**
   * Fixes the version the cohort follows, at its first session; the caller holds the cohort's lock.
   */
  CurriculumVersion fixFor(Cohort cohort) {
    CohortCurriculum fixed = em.find(CohortCurriculum.class, cohort.getId());
    if (fixed != null) {
      return fixed.getCurriculum();
    }
    CurriculumVersion applicable =
        CurriculumVersion.applicableTo(published(), cohort.getPeriod().getStart())
            .orElseThrow(() -> new IncubatorException("training.curriculum.none"));
    em.persist(new CohortCurriculum(cohort, applicable, caller.name(), Instant.now()));
    return applicable;
  }

  private List<CurriculumVersion> published() {
    return em.createQuery(
            "SELECT v FROM CurriculumVersion v WHERE v.status = :published",
            CurriculumVersion.class)
        .setParameter("published", CurriculumStatus.PUBLISHED)
        .getResultList();
  }
}
