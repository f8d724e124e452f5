package org.incubator.coaching;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.incubator.grant.GrantAction;
import org.incubator.selection.ApplicationStatus;
import org.incubator.shared.CentreTime;
import org.incubator.starterkit.AcknowledgementStatus;
import org.incubator.training.JourneyStage;

/**
 * A person's story so far, newest first: application and selection, the journey's moves, the kit,
 * the grant, the launch, sessions and actions. One statement per kind of event, each bounded, so
 * the story costs the same whatever the person's history or anyone else's. The services that show
 * it decide whose story may be read.
 */
@Dependent
public class Stories {

  @PersistenceContext private EntityManager em;

  public List<StoryEvent> of(Long participantId) {
    Story story = new Story();
    for (Object[] row :
        rows(
            "SELECT c.at, c.to, c.changedBy FROM StatusChange c, Participant p WHERE c.application"
                + " = p.application AND p.id = :person ORDER BY c.at DESC",
            participantId)) {
      story.add(
          new StoryEvent(
              (Instant) row[0],
              StoryKind.APPLICATION,
              (ApplicationStatus) row[1],
              null,
              null,
              (String) row[2]));
    }
    for (Object[] row :
        rows(
            "SELECT j.at, j.to, j.by FROM JourneyStep j WHERE j.participant.id = :person ORDER BY"
                + " j.at DESC",
            participantId)) {
      story.add(
          new StoryEvent(
              (Instant) row[0],
              StoryKind.JOURNEY,
              (JourneyStage) row[1],
              null,
              null,
              (String) row[2]));
    }
    for (Object[] row :
        rows(
            "SELECT h.recordedAt, h.acknowledgement.status, h.handedBy FROM KitHandover h WHERE"
                + " h.participant.id = :person ORDER BY h.recordedAt DESC",
            participantId)) {
      story.add(
          new StoryEvent(
              (Instant) row[0],
              StoryKind.KIT,
              (AcknowledgementStatus) row[1],
              null,
              null,
              (String) row[2]));
    }
    for (Object[] row :
        rows(
            "SELECT e.at, e.action, e.doneBy FROM GrantEvent e, Participant p WHERE"
                + " e.request.application = p.application AND p.id = :person ORDER BY e.at DESC",
            participantId)) {
      story.add(
          new StoryEvent(
              (Instant) row[0],
              StoryKind.GRANT,
              (GrantAction) row[1],
              null,
              null,
              (String) row[2]));
    }
    for (Object[] row :
        rows(
            "SELECT l.recordedAt, l.legalForm, l.activity, l.recordedBy FROM BusinessLaunch l"
                + " WHERE l.participant.id = :person",
            participantId)) {
      story.add(
          new StoryEvent(
              (Instant) row[0],
              StoryKind.LAUNCH,
              (LegalForm) row[1],
              null,
              (String) row[2],
              (String) row[3]));
    }
    for (Object[] row :
        rows(
            "SELECT s.day, s.startsAt, s.kind, s.status, s.topics, s.missedReason, s.mentor FROM"
                + " CoachingSession s WHERE s.participant.id = :person AND s.status <> :planned"
                + " ORDER BY s.day DESC, s.startsAt DESC",
            participantId,
            MeetingStatus.PLANNED)) {
      Instant at = heldAt(row[0], row[1]);
      String text = row[4] != null ? (String) row[4] : (String) row[5];
      story.add(
          new StoryEvent(
              at,
              StoryKind.SESSION,
              (CoachingKind) row[2],
              (MeetingStatus) row[3],
              text,
              (String) row[6]));
    }
    // an action is agreed when its session took place
    for (Object[] row :
        rows(
            "SELECT s.day, s.startsAt, a.closedAt, a.status, a.owner, a.what, a.agreedBy,"
                + " a.closedBy FROM ActionItem a JOIN a.session s WHERE a.participant.id = :person"
                + " ORDER BY s.day DESC, a.id DESC",
            participantId)) {
      ActionOwner owner = (ActionOwner) row[4];
      story.add(
          new StoryEvent(
              heldAt(row[0], row[1]),
              StoryKind.ACTION,
              ActionStatus.OPEN,
              owner,
              (String) row[5],
              (String) row[6]));
      if (row[2] != null) {
        story.add(
            new StoryEvent(
                (Instant) row[2],
                StoryKind.ACTION,
                (ActionStatus) row[3],
                owner,
                (String) row[5],
                (String) row[7]));
      }
    }
    return story.newestFirst();
  }

  private static Instant heldAt(Object day, Object time) {
    return CentreTime.at((LocalDate) day, (LocalTime) time);
  }

  private List<Object[]> rows(String jpql, Long participantId) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("person", participantId)
        .setMaxResults(Story.LATEST)
        .getResultList();
  }

  private List<Object[]> rows(String jpql, Long participantId, MeetingStatus planned) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("person", participantId)
        .setParameter("planned", planned)
        .setMaxResults(Story.LATEST)
        .getResultList();
  }
}
