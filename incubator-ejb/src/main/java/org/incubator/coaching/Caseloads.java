package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.identity.UserAccount;
import org.incubator.identity.UserAccounts;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Like;
import org.incubator.shared.PageRequest;
import org.incubator.training.JourneyStage;
import org.incubator.training.Participant;

/**
 * Who leads whom: the administrator chooses and changes a person's lead mentor (every change kept);
 * everyone on the staff reads each mentor's caseload against the programme's cap.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Caseloads {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Programme programme;

  @Inject private SecurityLog securityLog;

  @Inject private UserAccounts accounts;

  /** The person's lead mentor with every change before, if one was ever chosen. */
  public Optional<Mentorship> of(@NotNull Long participantId) {
    Optional<Mentorship> found = find(participantId);
    found.ifPresent(mentorship -> mentorship.getHistory().size());
    return found;
  }

  /**
   * The administrator chooses who leads the person from now on, an active mentor, for a reason kept
   * in the history. Answers whether anything changed (the mentor already in charge, chosen again,
   * changes nothing).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public boolean assign(@NotNull Long participantId, String mentor, String reason) {
    Participant participant =
        Entities.get(em, Participant.class, participantId, "training.participant.notFound");
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
    if (!participant.getStage().isActive()) {
      throw new IncubatorException("coaching.lead.notFollowed");
    }
    String lead = mentor == null || mentor.isBlank() ? null : UserAccount.normaliseUsername(mentor);
    if (lead != null && !accounts.isActiveMentor(lead)) {
      throw IncubatorException.onField("leadMentor", "coaching.lead.notMentor");
    }
    Instant now = Instant.now();
    Optional<Mentorship> mentorship = find(participantId);
    boolean changed = true;
    if (mentorship.isPresent()) {
      changed = mentorship.get().handTo(lead, reason, caller.name(), now);
    } else {
      em.persist(Mentorship.led(participant, lead, reason, caller.name(), now));
    }
    Flushes.orDuplicate(em, "uq_mentorship_participant", () -> new ConcurrentUpdateException());
    if (changed) {
      securityLog.recordOnCommit(
          SecurityEvent.LEAD_MENTOR_CHANGED, Map.of("participant", participantId, "lead", lead));
    }
    return changed;
  }

  private static final String ACTIVE_MENTORS =
      " FROM user_account u LEFT JOIN mentor_caseload c ON c.mentor = u.username"
          + " WHERE u.role = 'MENTOR' AND u.enabled = TRUE";

  private static final String CASELOAD =
      "SELECT u.username, u.display_name, COALESCE(c.people, 0), COALESCE(c.launched, 0)"
          + ACTIVE_MENTORS;

  /**
   * The active mentors whose name, a word of it, or user name starts as typed, by name, each with
   * their caseload against the programme's cap: at most {@code max}, what the administrator picks a
   * lead mentor from as they type.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Caseload> caseloadsNamed(String typed, int max) {
    int cap = programme.settings().number(Setting.CASELOAD_CAP);
    String start = Like.typed(typed);
    return caseloadsOf(
        em.createNativeQuery(
                CASELOAD
                    + " AND (LOWER(u.display_name) LIKE ?1 OR LOWER(u.display_name) LIKE ?2 OR"
                    + " u.username LIKE ?1) ORDER BY u.display_name, u.username LIMIT ?3")
            .setParameter(1, Like.startingWith(start))
            .setParameter(2, Like.wordStartingWith(start))
            .setParameter(3, Math.max(1, Math.min(max, UserAccounts.MOST_SUGGESTED))),
        cap);
  }

  /**
   * A page of the active mentors' caseloads, fullest first, in one statement. The mentors are the
   * centre's staff, a few hundred in a national programme, ordered in that statement; the people
   * they lead are never counted here (`mentor_caseload` keeps the counts).
   *
   * @param cap the programme's cap, as {@link #spread()} read it for the same page
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Caseload> caseloads(@NotNull PageRequest page, int cap) {
    return caseloadsOf(
        em.createNativeQuery(
                CASELOAD
                    + " ORDER BY COALESCE(c.people, 0) DESC, u.display_name, u.username"
                    + " LIMIT ?1 OFFSET ?2")
            .setParameter(1, page.size())
            .setParameter(2, page.first()),
        cap);
  }

  /** How many active mentors there are: the rows of the caseloads' list. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countMentors() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM user_account u WHERE u.role = 'MENTOR' AND u.enabled ="
                        + " TRUE")
                .getSingleResult())
        .longValue();
  }

  /** One active mentor's caseload; empty for anyone else (a reviewer, a disabled account). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caseload> caseloadOf(@NotNull String mentor, int cap) {
    return caseloadsOf(
            em.createNativeQuery(CASELOAD + " AND u.username = ?1")
                .setParameter(1, UserAccount.normaliseUsername(mentor)),
            cap)
        .stream()
        .findFirst();
  }

  /**
   * How the active mentors' caseloads spread against the programme's cap, and how many people have
   * no lead mentor: the settings, then one statement over the mentors and the kept counts.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CaseloadSpread spread() {
    int cap = programme.settings().number(Setting.CASELOAD_CAP);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CASE WHEN x.people = 0 THEN 0 WHEN x.people > ?1 THEN ?2 ELSE"
                    + " CEIL(x.people * ?3 / ?1) END AS band, COUNT(*) FROM (SELECT"
                    + " COALESCE(c.people, 0) AS people"
                    + ACTIVE_MENTORS
                    + ") x GROUP BY band UNION ALL SELECT -1, people FROM mentor_caseload"
                    + " WHERE mentor = ''")
            .setParameter(1, Math.max(cap, 1))
            .setParameter(2, CaseloadSpread.QUARTERS + 1)
            .setParameter(3, CaseloadSpread.QUARTERS)
            .getResultList();
    Map<Integer, Long> mentorsByBand = new HashMap<>();
    long withoutLead = 0;
    for (Object[] row : rows) {
      int band = ((Number) row[0]).intValue();
      long count = ((Number) row[1]).longValue();
      if (band < 0) {
        withoutLead = count;
      } else {
        mentorsByBand.put(band, count);
      }
    }
    return CaseloadSpread.of(cap, mentorsByBand, withoutLead);
  }

  private static List<Caseload> caseloadsOf(Query query, int cap) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<Caseload> caseloads = new ArrayList<>();
    for (Object[] row : rows) {
      caseloads.add(
          new Caseload(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue(),
              cap));
    }
    return Collections.unmodifiableList(caseloads);
  }

  /** How many people who still follow the programme the mentor leads, as the database keeps it. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countPeople(@NotNull String mentor) {
    List<?> people =
        em.createNativeQuery("SELECT people FROM mentor_caseload WHERE mentor = ?1")
            .setParameter(1, UserAccount.normaliseUsername(mentor))
            .getResultList();
    return people.isEmpty() ? 0 : ((Number) people.get(0)).longValue();
  }

  /**
   * A page of the people {@code mentor} leads, by name: one statement, over that mentor's caseload
   * only.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CaseloadPerson> people(@NotNull String mentor, @NotNull PageRequest page) {
    return em.createQuery(
            "SELECT NEW org.incubator.coaching.CaseloadPerson(p.id, a.id, h.firstName,"
                + " h.lastName, c.name, p.stage, m.since) FROM Mentorship m JOIN m.participant p"
                + " JOIN p.holder h JOIN p.application a JOIN p.cohort c WHERE m.leadMentor ="
                + " :mentor AND p.stage IN :active ORDER BY h.lastName, h.firstName, p.id",
            CaseloadPerson.class)
        .setParameter("mentor", mentor)
        .setParameter("active", JourneyStage.active())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** Whether the caller leads the person: what only the lead mentor may do asks this first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean callerLeads(@NotNull Long participantId) {
    return find(participantId).map(m -> m.isLedBy(caller.name())).orElse(false);
  }

  private Optional<Mentorship> find(Long participantId) {
    return em.createQuery(
            "SELECT m FROM Mentorship m WHERE m.participant.id = :participant", Mentorship.class)
        .setParameter("participant", participantId)
        .getResultStream()
        .findFirst();
  }
}
