package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incubator.identity.Role;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;

/**
 * The roll of a session, taken by mentors tap by tap. Each tap is written as it arrives, in a
 * bounded number of statements whatever the size of the cohort: kept in the roll's history under
 * the tap's own id (a tap sent again after a lost connection counts once), and made the person's
 * mark now. A roll is taken from the day of its session until the programme's number of days after
 * it; then only an administrator reopens it, with a reason, for as many days again.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class RollCall {

  /** The longest tap id a phone sends (a UUID is 36 characters). */
  public static final int TAP_LENGTH = 40;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Programme programme;

  @Inject private TrainingSessions sessions;

  @Inject private Participants participants;

  @Inject private TrainingCompletion completion;

  public Roll rollOf(@NotNull Long sessionId) {
    TrainingSession session = sessions.getSession(sessionId);
    Map<Long, Attendance> marks =
        em.createQuery("SELECT a FROM Attendance a WHERE a.session.id = :session", Attendance.class)
            .setParameter("session", sessionId)
            .getResultStream()
            .collect(Collectors.toMap(Attendance::getParticipantId, Function.identity()));
    List<ParticipantSummary> people =
        participants.ofCohort(session.getCohort().getId()).stream()
            .filter(p -> p.isActive() || marks.containsKey(p.getId()))
            .toList();
    LocalDate closesAfter = closesAfter(session);
    LocalDate today = CentreTime.today();
    boolean open =
        session.isScheduled() && !session.getDay().isAfter(today) && !today.isAfter(closesAfter);
    return new Roll(session, people, marks, open, closesAfter);
  }

  /**
   * Marks one person; a correction replaces the mark now and keeps the earlier one in the history.
   * Returns false when the same tap had already been saved.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public boolean mark(
      @NotNull Long sessionId,
      @NotNull Long participantId,
      @NotNull AttendanceMark mark,
      String tap) {
    TrainingSession session = openSession(sessionId);
    // the person's row first: marks of one person, and the completion they settle, take turns
    Participant participant =
        em.find(Participant.class, participantId, LockModeType.PESSIMISTIC_WRITE);
    if (participant == null) {
      throw new NotFoundException("training.participant.notFound", participantId);
    }
    if (!participant.getCohort().equals(session.getCohort())) {
      throw new IncubatorException("training.roll.notInCohort");
    }
    if (!participant.getStage().isActive() && !isMarked(sessionId, participantId)) {
      throw new IncubatorException("training.roll.notInTraining");
    }
    String tapId = tapId(tap);
    Instant now = Instant.now();
    int kept =
        marked(
                "INSERT IGNORE INTO attendance_change (session_id, participant_id, presence,"
                    + " minutes_late, absence_reason, marked_by, marked_at, tap) VALUES (?, ?, ?,"
                    + " ?, ?, ?, ?, ?)",
                sessionId,
                participantId,
                mark,
                now)
            .setParameter(8, tapId)
            .executeUpdate();
    if (kept == 0) {
      return false;
    }
    marked(
            "INSERT INTO attendance (session_id, participant_id, presence, minutes_late,"
                + " absence_reason, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON"
                + " DUPLICATE KEY UPDATE presence = VALUES(presence), minutes_late ="
                + " VALUES(minutes_late), absence_reason = VALUES(absence_reason), marked_by ="
                + " VALUES(marked_by), marked_at = VALUES(marked_at)",
            sessionId,
            participantId,
            mark,
            now)
        .executeUpdate();
    completion.settle(session.getCohort(), participantId, caller.name());
    return true;
  }

  /** A statement writing a mark, its first seven parameters bound: whose, what, who, when. */
  private Query marked(
      String sql, Long sessionId, Long participantId, AttendanceMark mark, Instant now) {
    return em.createNativeQuery(sql)
        .setParameter(1, sessionId)
        .setParameter(2, participantId)
        .setParameter(3, mark.presence().name())
        .setParameter(4, mark.minutesLate())
        .setParameter(5, mark.reason() == null ? null : mark.reason().name())
        .setParameter(6, caller.name())
        .setParameter(7, Timestamp.from(now));
  }

  /**
   * Marks present everyone still in the programme whom the roll does not name yet, in two
   * statements once the cohort's people are locked (two mentors pressing it together take turns);
   * the exceptions are then tapped one by one.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public int allPresent(@NotNull Long sessionId, String tap) {
    TrainingSession session = openSession(sessionId);
    em.createNativeQuery("SELECT id FROM participant WHERE cohort_id = ? ORDER BY id FOR UPDATE")
        .setParameter(1, session.getCohort().getId())
        .getResultList();
    String tapId = tapId(tap);
    Timestamp now = Timestamp.from(Instant.now());
    String unmarked =
        " FROM participant p WHERE p.cohort_id = ? AND p.stage NOT IN ('DROPPED_OUT', 'CLOSED',"
            + " 'GRADUATED') AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND"
            + " a.participant_id = p.id)";
    em.createNativeQuery(
            "INSERT IGNORE INTO attendance_change (session_id, participant_id, presence,"
                + " marked_by, marked_at, tap) SELECT ?, p.id, 'PRESENT', ?, ?, CONCAT(?, ':',"
                + " p.id)"
                + unmarked)
        .setParameter(1, sessionId)
        .setParameter(2, caller.name())
        .setParameter(3, now)
        .setParameter(4, tapId.substring(0, Math.min(tapId.length(), TAP_LENGTH - 21)))
        .setParameter(5, session.getCohort().getId())
        .setParameter(6, sessionId)
        .executeUpdate();
    int marked =
        em.createNativeQuery(
                "INSERT IGNORE INTO attendance (session_id, participant_id, presence, marked_by,"
                    + " marked_at) SELECT ?, p.id, 'PRESENT', ?, ?"
                    + unmarked)
            .setParameter(1, sessionId)
            .setParameter(2, caller.name())
            .setParameter(3, now)
            .setParameter(4, session.getCohort().getId())
            .setParameter(5, sessionId)
            .executeUpdate();
    completion.settle(session.getCohort(), null, caller.name());
    return marked;
  }

  /** Opens a closed roll again for the programme's number of days, for the reason given. */
  @RolesAllowed(Role.Names.ADMIN)
  public void reopen(@NotNull Long sessionId, String reason) {
    TrainingSession session = sessions.getSession(sessionId);
    em.persist(new RollReopening(session, reason, caller.name(), Instant.now()));
    Flushes.orConflict(em);
  }

  /**
   * The last day the roll can be taken: the session's day, or its latest reopening, and then N
   * days.
   */
  private LocalDate closesAfter(TrainingSession session) {
    int days = programme.settings().number(Setting.ROLL_OPEN_DAYS);
    LocalDate from =
        em.createQuery(
                "SELECT MAX(r.at) FROM RollReopening r WHERE r.session = :session", Instant.class)
            .setParameter("session", session)
            .getResultStream()
            .filter(Objects::nonNull)
            .findFirst()
            .map(CentreTime::dayOf)
            .filter(reopened -> reopened.isAfter(session.getDay()))
            .orElse(session.getDay());
    return from.plusDays(days);
  }

  private TrainingSession openSession(Long sessionId) {
    TrainingSession session = sessions.getSession(sessionId);
    if (!session.isScheduled()) {
      throw new IncubatorException("training.session.cancelled");
    }
    LocalDate today = CentreTime.today();
    if (session.getDay().isAfter(today)) {
      throw new IncubatorException("training.roll.notYet");
    }
    if (today.isAfter(closesAfter(session))) {
      throw new IncubatorException("training.roll.closed");
    }
    return session;
  }

  private boolean isMarked(Long sessionId, Long participantId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM attendance WHERE session_id = ? AND participant_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, participantId)
        .getResultList()
        .isEmpty();
  }

  private static String tapId(String tap) {
    if (tap == null
        || tap.isBlank()
        || tap.length() > TAP_LENGTH
        || !tap.matches("[A-Za-z0-9-]+")) {
      return UUID.randomUUID().toString();
    }
    return tap;
  }
}
