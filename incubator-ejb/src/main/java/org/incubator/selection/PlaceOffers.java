package org.incubator.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The places of cohorts: taken one at a time, and offered to the first on the waiting list when an
 * admitted applicant withdraws. A cohort is locked (and read afresh) before its places are counted,
 * so two admissions at the same moment cannot both take its last place. Every admission and every
 * withdrawal of an admitted person goes through here, and is announced ({@link AdmissionChanged}).
 */
@Dependent
class PlaceOffers {

  @PersistenceContext private EntityManager em;

  @Inject private Event<AdmissionChanged> admissions;

  /** The cohort, locked until the transaction ends, with its places as they are now. */
  Cohort lock(Cohort cohort) {
    em.refresh(cohort, LockModeType.PESSIMISTIC_WRITE);
    return cohort;
  }

  /**
   * Admits the application into the cohort, taking one of its places under its lock, with the lead
   * mentor the committee chose (if it did).
   */
  void admit(
      Application application,
      Cohort cohort,
      String leadMentor,
      CommitteeSession session,
      String by) {
    Instant now = Instant.now();
    application.admit(lock(cohort), session, by, now);
    admissions.fire(AdmissionChanged.admitted(application, leadMentor, by, now));
  }

  /** Withdraws the application; a place it frees goes to the first on the call's waiting list. */
  void withdraw(Application application, String by, String reason) {
    application.getCohort().ifPresent(this::lock);
    Instant now = Instant.now();
    boolean wasAdmitted = application.getStatus() == ApplicationStatus.ADMITTED;
    var freedPlace = application.withdraw(by, now, reason);
    if (wasAdmitted) {
      admissions.fire(AdmissionChanged.withdrawn(application, reason, by, now));
    }
    freedPlace.ifPresent(
        freed ->
            firstWaiting(application.getCall())
                .ifPresent(
                    next -> {
                      next.offerFreedPlace(freed, by, now);
                      admissions.fire(AdmissionChanged.admitted(next, null, by, now));
                    }));
  }

  /** The waiting list's head: the best total, the earliest application among equals. */
  Optional<Application> firstWaiting(CallForApplications call) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.call = :call AND a.status = :waiting ORDER BY"
                + " a.total DESC, a.id",
            Application.class)
        .setParameter("call", call)
        .setParameter("waiting", ApplicationStatus.WAITING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Where the application stands on the waiting list, 1 for the next to be offered a place. */
  long waitingPosition(Application application) {
    return em.createQuery(
                "SELECT COUNT(a) FROM Application a WHERE a.call = :call AND a.status = :waiting"
                    + " AND (a.total > :total OR (a.total = :total AND a.id < :id))",
                Long.class)
            .setParameter("call", application.getCall())
            .setParameter("waiting", ApplicationStatus.WAITING)
            .setParameter("total", application.getTotal().orElse(BigDecimal.ZERO))
            .setParameter("id", application.getId())
            .getSingleResult()
        + 1;
  }
}
