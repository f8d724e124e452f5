package org.incubator.coaching;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.identity.UserAccounts;
import org.incubator.selection.AdmissionChanged;
import org.incubator.shared.IncubatorException;
import org.incubator.training.JourneyStart;
import org.incubator.training.Participant;

/**
 * The lead mentor the committee chose with an admission leads the person from the moment the
 * admission is confirmed, in the same transaction: after their journey starts ({@link
 * JourneyStart}), before anyone else could assign one.
 */
@ApplicationScoped
public class LeadChosenAtAdmission {

  @PersistenceContext private EntityManager em;

  @Inject private UserAccounts accounts;

  @Inject private SecurityLog securityLog;

  void onAdmission(@Observes @Priority(JourneyStart.ORDER + 100) AdmissionChanged change) {
    if (change.kind() != AdmissionChanged.Kind.ADMITTED || change.leadMentor() == null) {
      return;
    }
    if (!accounts.isActiveMentor(change.leadMentor())) {
      throw new IncubatorException("coaching.lead.noLongerMentor", change.leadMentor());
    }
    Participant participant =
        em.createQuery(
                "SELECT p FROM Participant p WHERE p.application = :application", Participant.class)
            .setParameter("application", change.application())
            .getSingleResult();
    em.persist(Mentorship.led(participant, change.leadMentor(), null, change.by(), change.at()));
    securityLog.recordOnCommit(
        SecurityEvent.LEAD_MENTOR_CHANGED,
        Map.of("participant", participant.getId(), "lead", change.leadMentor()));
  }
}
