package org.incubator.training;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.incubator.selection.AdmissionChanged;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.StatusChange;

/**
 * Admission starts a person's journey; a withdrawn admission ends it. Selection announces both and
 * knows nothing of what follows.
 */
@ApplicationScoped
public class JourneyStart {

  /** Where starting the journey comes among what follows an admission: first. */
  public static final int ORDER = Interceptor.Priority.APPLICATION;

  @PersistenceContext private EntityManager em;

  void onAdmission(@Observes @Priority(ORDER) AdmissionChanged change) {
    switch (change.kind()) {
      case ADMITTED ->
          em.persist(Participant.admitted(change.application(), change.by(), change.at()));
      case WITHDRAWN ->
          em.createQuery(
                  "SELECT p FROM Participant p WHERE p.application = :application",
                  Participant.class)
              .setParameter("application", change.application())
              .getResultStream()
              .findFirst()
              .ifPresent(p -> p.withdrawn(change.reason(), change.by(), change.at()));
    }
  }

  /**
   * Starts the journey of the admitted who have none (admissions written before training existed,
   * or by the demo straight onto the records), admitted when their history says. Data written in
   * bulk (the benchmark's) brings its own participants.
   */
  public int startMissing() {
    List<Application> admitted =
        em.createQuery(
                "SELECT a FROM Application a WHERE a.status = :admitted AND a.cohort IS NOT NULL"
                    + " AND NOT EXISTS (SELECT p FROM Participant p WHERE p.application = a)"
                    + " ORDER BY a.id",
                Application.class)
            .setParameter("admitted", ApplicationStatus.ADMITTED)
            .getResultList();
    for (Application application : admitted) {
      Instant when =
          application.getHistory().stream()
              .filter(change -> change.getTo() == ApplicationStatus.ADMITTED)
              .map(StatusChange::getAt)
              .max(Comparator.naturalOrder())
              .orElseGet(Instant::now);
      em.persist(Participant.admitted(application, "system", when));
    }
    return admitted.size();
  }
}
