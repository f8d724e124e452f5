package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.training.Participant;

/**
 * Coaching sessions: any mentor plans one, records one held (with the actions agreed), records a
 * planned one held or missed, and corrects a held one; a save based on an older version than the
 * one saved meanwhile is refused, and what the other saved stays.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class CoachingSessions {

  /** The lines of actions one session's form holds. */
  public static final int ACTION_LINES = 3;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  /** A session held just now (or earlier today) by the caller, with the actions agreed in it. */
  @RolesAllowed(Role.Names.MENTOR)
  public Long record(@NotNull Long participantId, @NotNull SessionDetails details) {
    Instant now = Instant.now();
    CoachingSession session =
        CoachingSession.held(
            person(participantId), details, CentreTime.today(), caller.name(), caller.name(), now);
    em.persist(session);
    agree(session, details, now);
    em.flush();
    return session.getId();
  }

  /** A session planned, held by the caller. */
  @RolesAllowed(Role.Names.MENTOR)
  public Long plan(@NotNull Long participantId, @NotNull SessionDetails details) {
    if (details.getDay() != null && details.getDay().isBefore(CentreTime.today())) {
      throw IncubatorException.onField("day", "coaching.session.past");
    }
    CoachingSession session =
        CoachingSession.planned(
            person(participantId), details, caller.name(), caller.name(), Instant.now());
    em.persist(session);
    em.flush();
    return session.getId();
  }

  /**
   * The session read at {@code version} was held (or, held already, is corrected): what happened,
   * and the actions agreed.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public void hold(@NotNull Long sessionId, long version, @NotNull SessionDetails details) {
    CoachingSession session = current(sessionId, version);
    Instant now = Instant.now();
    session.hold(details, CentreTime.today(), caller.name(), now);
    agree(session, details, now);
    Flushes.orConflict(em);
  }

  /**
   * The session read at {@code version} did not take place: a no-show, or cancelled for a reason.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public void miss(@NotNull Long sessionId, long version, MeetingStatus how, String reason) {
    current(sessionId, version).miss(how, reason, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  public CoachingSession get(@NotNull Long sessionId) {
    return Entities.get(em, CoachingSession.class, sessionId, "coaching.session.notFound");
  }

  /**
   * The time the person's sessions held took, in minutes: what coaching cost, kept for the cost per
   * job impact reports compute. One statement on the person's index.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long minutesHeld(@NotNull Long participantId) {
    return em.createQuery(
            "SELECT COALESCE(SUM(s.minutes), 0) FROM CoachingSession s WHERE s.participant.id ="
                + " :person AND s.status = :held",
            Number.class)
        .setParameter("person", participantId)
        .setParameter("held", MeetingStatus.HELD)
        .getSingleResult()
        .longValue();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(@NotNull Long participantId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM CoachingSession s WHERE s.participant.id = :person", Long.class)
        .setParameter("person", participantId)
        .getSingleResult();
  }

  /** A page of the person's sessions, the latest first: one statement on the person's index. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CoachingSession> page(@NotNull Long participantId, @NotNull PageRequest page) {
    return em.createQuery(
            "SELECT s FROM CoachingSession s WHERE s.participant.id = :person ORDER BY s.day DESC,"
                + " s.startsAt DESC, s.id DESC",
            CoachingSession.class)
        .setParameter("person", participantId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  private void agree(CoachingSession session, SessionDetails details, Instant now) {
    List<ActionDetails> lines = details.getActions();
    if (lines.size() > ACTION_LINES) {
      throw new IllegalArgumentException("A session's form holds " + ACTION_LINES + " actions");
    }
    for (int line = 0; line < lines.size(); line++) {
      if (!lines.get(line).isBlank()) {
        em.persist(ActionItem.agreed(session, lines.get(line), line, caller.name(), now));
      }
    }
  }

  private Participant person(Long participantId) {
    return Entities.get(em, Participant.class, participantId, "training.participant.notFound");
  }

  private CoachingSession current(Long sessionId, long version) {
    CoachingSession session = get(sessionId);
    em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    if (session.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    return session;
  }
}
