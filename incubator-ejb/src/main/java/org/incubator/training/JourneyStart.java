package org.incubator.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
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

  @PersistenceContext private EntityManager em;

  void onAdmission(@Observes AdmissionChanged change) {
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
   * or by the demo straight onto the records), admitted when their history says.
   */
  public int startMissing() {
    var admitted =
        em.createQuery(
                "SELECT a FROM Application a WHERE a.status = :admitted AND NOT EXISTS (SELECT p"
                    + " FROM Participant p WHERE p.application = a)",
                Application.class)
            .setParameter("admitted", ApplicationStatus.ADMITTED)
            .getResultList();
    for (Application application : admitted) {
      StatusChange admission =
          application.getHistory().stream()
              .filter(c -> c.getTo() == ApplicationStatus.ADMITTED)
              .max(Comparator.comparing(StatusChange::getAt))
              .orElseThrow();
      em.persist(Participant.admitted(application, "system", admission.getAt()));
    }
    return admitted.size();
  }
}
