package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.Caller;

/**
 * What needs the signed-in mentor: their sessions (a day, a week, a month), the overdue actions of
 * the people they lead, and those of them nobody has met for longer than the programme's setting.
 * Each is one statement over the mentor's own sessions or caseload, whatever the size of the rest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(Role.Names.MENTOR)
public class MentorsDay {

  /** The most a list of the mentor's day shows; the person's page has the rest. */
  public static final int SHOWN = 30;

  /** People after their training, whom mentors visit (in training, they come to the centre). */
  private static final String COACHED_STAGES = "('TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED')";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Programme programme;

  /** My sessions from {@code from} to {@code to}, both included, in the order they come. */
  public List<VisitSummary> sessions(@NotNull LocalDate from, @NotNull LocalDate to) {
    return em.createQuery(
            "SELECT NEW org.incubator.coaching.VisitSummary(s.id, s.day, s.startsAt, s.kind,"
                + " s.place, s.status, s.minutes, p.id, h.firstName, h.lastName) FROM"
                + " CoachingSession s JOIN s.participant p JOIN p.holder h WHERE s.mentor = :me AND"
                + " s.day BETWEEN :from AND :to ORDER BY s.day, s.startsAt, s.id",
            VisitSummary.class)
        .setParameter("me", caller.name())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * The open actions that are mine to do, for the people I lead, due within {@code days} (or past
   * their day already), the first due first.
   */
  public List<OverdueAction> myActions(@NotNull LocalDate today, int days) {
    return em.createQuery(
            "SELECT NEW org.incubator.coaching.OverdueAction(a.id, a.what, a.owner, a.dueOn, p.id,"
                + " h.firstName, h.lastName) FROM Mentorship m JOIN m.participant p JOIN p.holder"
                + " h, ActionItem a WHERE a.participant = p AND m.leadMentor = :me AND a.status ="
                + " :open AND a.owner = :mentor AND a.dueOn <= :until ORDER BY a.dueOn, a.id",
            OverdueAction.class)
        .setParameter("me", caller.name())
        .setParameter("open", ActionStatus.OPEN)
        .setParameter("mentor", ActionOwner.MENTOR)
        .setParameter("until", today.plusDays(days))
        .setMaxResults(SHOWN)
        .getResultList();
  }

  /** The open actions past their day of the people I lead, the oldest first. */
  public List<OverdueAction> overdueActions(@NotNull LocalDate today) {
    return em.createQuery(
            "SELECT NEW org.incubator.coaching.OverdueAction(a.id, a.what, a.owner, a.dueOn, p.id,"
                + " h.firstName, h.lastName) FROM Mentorship m JOIN m.participant p JOIN p.holder"
                + " h, ActionItem a WHERE a.participant = p AND m.leadMentor = :me AND a.status ="
                + " :open AND a.dueOn < :today ORDER BY a.dueOn, a.id",
            OverdueAction.class)
        .setParameter("me", caller.name())
        .setParameter("open", ActionStatus.OPEN)
        .setParameter("today", today)
        .setMaxResults(SHOWN)
        .getResultList();
  }

  /** The days after which a person nobody met shows on their lead mentor's day. */
  public int notSeenDays() {
    return programme.settings().number(Setting.NOT_SEEN_DAYS);
  }

  /**
   * The people I lead, past their training, whom nobody has met in a session held for more than
   * {@link Setting#NOT_SEEN_DAYS} days, the longest unseen first.
   */
  public List<NotSeen> notSeen(@NotNull LocalDate today) {
    LocalDate limit = new NotSeenRule(notSeenDays()).lastMetBefore(today);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, h.first_name, h.last_name, seen.last_day, DATE(m.lead_since) FROM"
                    + " mentorship m JOIN participant p ON p.id = m.participant_id JOIN"
                    + " project_holder h ON h.id = p.holder_id LEFT JOIN (SELECT s.participant_id,"
                    + " MAX(s.day) AS last_day FROM coaching_session s JOIN mentorship mm ON"
                    + " mm.participant_id = s.participant_id WHERE mm.lead_mentor = ?1 AND s.status"
                    + " = 'HELD' GROUP BY s.participant_id) seen ON seen.participant_id = p.id"
                    + " WHERE m.lead_mentor = ?1 AND p.stage IN "
                    + COACHED_STAGES
                    + " AND COALESCE(seen.last_day, DATE(m.lead_since)) < ?2 ORDER BY"
                    + " COALESCE(seen.last_day, DATE(m.lead_since)), p.id LIMIT "
                    + SHOWN)
            .setParameter(1, caller.name())
            .setParameter(2, Date.valueOf(limit))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new NotSeen(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    day(r[3] != null ? r[3] : r[4]),
                    r[3] == null))
        .toList();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
