package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccounts;
import org.incubator.selection.Cohort;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;

/**
 * The sessions of each cohort, scheduled, moved and cancelled by mentors. Two sessions of one
 * cohort, or of one trainer, never overlap, even when two mentors schedule at the same moment: the
 * cohort is locked, then the trainer's time (always in that order, so two schedulings never wait on
 * each other in a circle), and only then are the other sessions checked.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingSessions {

  @PersistenceContext private EntityManager em;

  @Inject private TrainingCompletion completion;

  @Inject private Caller caller;

  @Inject private UserAccounts accounts;

  @Inject private FollowedCurricula curricula;

  /** Schedules a session of the cohort on a module of the curriculum it follows. */
  @RolesAllowed(Role.Names.MENTOR)
  public Long schedule(@NotNull Long cohortId, @NotNull SessionPlan plan) {
    Cohort cohort = lockedCohort(cohortId);
    CurriculumVersion followed = curricula.fixFor(cohort);
    var session =
        new TrainingSession(cohort, moduleOf(followed, plan), plan, caller.name(), Instant.now());
    checkPeople(session);
    lockTrainer(session);
    checkFree(session);
    em.persist(session);
    Flushes.orConflict(em);
    return session.getId();
  }

  /** Moves the session to another time, place, trainer or module; the reason is kept. */
  @RolesAllowed(Role.Names.MENTOR)
  public void reschedule(@NotNull Long sessionId, long basedOnVersion, @NotNull SessionPlan plan) {
    TrainingSession session = getSession(sessionId);
    lockedCohort(session.getCohort().getId());
    em.refresh(session);
    if (session.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    CurriculumVersion followed = curricula.fixFor(session.getCohort());
    session.reschedule(moduleOf(followed, plan), plan, caller.name(), Instant.now());
    checkPeople(session);
    lockTrainer(session);
    checkFree(session);
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.MENTOR)
  public void cancel(@NotNull Long sessionId, long basedOnVersion, String reason) {
    TrainingSession session = getSession(sessionId);
    if (session.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    session.cancel(reason, caller.name(), Instant.now());
    Flushes.orConflict(em);
    completion.settle(session.getCohort(), null, caller.name());
  }

  public TrainingSession getSession(@NotNull Long id) {
    return Entities.get(em, TrainingSession.class, id, "training.session.notFound");
  }

  /** The cohort's sessions, cancelled ones included, in the order they come, with their modules. */
  public List<TrainingSession> ofCohort(@NotNull Long cohortId) {
    return em.createQuery(
            "SELECT s FROM TrainingSession s JOIN FETCH s.module WHERE s.cohort.id = :cohort"
                + " ORDER BY s.day, s.startsAt, s.id",
            TrainingSession.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  /**
   * What needs the signed-in mentor in training: their sessions today (as trainer or taking the
   * roll), and their sessions of the last days whose roll is not taken yet; read along the
   * trainer's and the responsible mentor's day indexes, whatever the number of cohorts.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public List<TrainingSession> mineFrom(@NotNull LocalDate from, @NotNull LocalDate to) {
    return em.createQuery(
            "SELECT s FROM TrainingSession s JOIN FETCH s.module JOIN FETCH s.cohort WHERE"
                + " (s.trainer = :me OR s.responsible = :me) AND s.day BETWEEN :from AND :to AND"
                + " s.status = :scheduled AND (s.day = :to OR NOT EXISTS (SELECT a FROM Attendance"
                + " a WHERE a.session = s)) ORDER BY s.day DESC, s.startsAt",
            TrainingSession.class)
        .setParameter("me", caller.name())
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .getResultList();
  }

  /** The session's changes, the first first. */
  public List<SessionChange> historyOf(@NotNull Long sessionId) {
    return em.createQuery(
            "SELECT c FROM SessionChange c WHERE c.session.id = :session ORDER BY c.at, c.id",
            SessionChange.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  private Cohort lockedCohort(Long cohortId) {
    Cohort cohort = Entities.get(em, Cohort.class, cohortId, "selection.cohort.notFound");
    em.refresh(cohort, LockModeType.PESSIMISTIC_WRITE);
    return cohort;
  }

  private static TrainingModule moduleOf(CurriculumVersion followed, SessionPlan plan) {
    if (plan.getModuleId() == null) {
      throw IncubatorException.onField("moduleId", "field.required");
    }
    return followed.getModules().stream()
        .filter(m -> m.getId().equals(plan.getModuleId()))
        .findFirst()
        .orElseThrow(() -> IncubatorException.onField("moduleId", "training.module.notFollowed"));
  }

  /** The trainer (when a mentor) and the mentor who takes the roll are mentors of the centre. */
  private void checkPeople(TrainingSession session) {
    session
        .getTrainer()
        .filter(trainer -> !accounts.isActiveMentor(trainer))
        .ifPresent(
            trainer -> {
              throw IncubatorException.onField("trainer", "training.session.notAMentor", trainer);
            });
    if (!accounts.isActiveMentor(session.getResponsible())) {
      throw IncubatorException.onField(
          "responsible", "training.session.notAMentor", session.getResponsible());
    }
  }

  /**
   * Takes the lock on the trainer's time until the transaction ends: the row is written if it is
   * new, and locked either way.
   */
  private void lockTrainer(TrainingSession session) {
    em.createNativeQuery(
            "INSERT INTO trainer_lock (trainer_key) VALUES (?) ON DUPLICATE KEY UPDATE"
                + " trainer_key = trainer_key")
        .setParameter(1, session.trainerKey())
        .executeUpdate();
  }

  private void checkFree(TrainingSession session) {
    overlapping(session, "s.cohort = :cohort", "cohort", session.getCohort())
        .ifPresent(
            other -> {
              throw IncubatorException.onField(
                  "startsAt",
                  "training.session.cohortBusy",
                  other.getStartsAt(),
                  other.getEndsAt());
            });
    Optional<TrainingSession> trainerBusy =
        session.getTrainer().isPresent()
            ? overlapping(session, "s.trainer = :trainer", "trainer", session.getTrainer().get())
            : overlapping(
                session,
                "s.outsideTrainer = :trainer",
                "trainer",
                session.getOutsideTrainer().orElseThrow());
    trainerBusy.ifPresent(
        other -> {
          throw IncubatorException.onField(
              "startsAt",
              "training.session.trainerBusy",
              session.getTrainerName(),
              other.getStartsAt(),
              other.getEndsAt(),
              other.getCohort().getName());
        });
  }

  private Optional<TrainingSession> overlapping(
      TrainingSession session, String whose, String parameter, Object value) {
    return em.createQuery(
            "SELECT s FROM TrainingSession s WHERE "
                + whose
                + " AND s.day = :day AND s.status = :scheduled AND s.startsAt < :endsAt AND"
                + " s.endsAt > :startsAt AND s.id <> :self",
            TrainingSession.class)
        .setParameter(parameter, value)
        .setParameter("day", session.getDay())
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("startsAt", session.getStartsAt())
        .setParameter("endsAt", session.getEndsAt())
        .setParameter("self", session.getId() == null ? -1L : session.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
