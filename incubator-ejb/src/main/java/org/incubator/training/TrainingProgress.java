package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.applicant.Gender;
import org.incubator.identity.Role;
import org.incubator.selection.Cohort;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Entities;

/**
 * Where the people of a cohort stand in their training, counted from the rolls, in a bounded number
 * of statements whatever the cohort's size (the cohort, its people, its sessions with their
 * modules, the rolls taken, the marks, its curriculum and modules, the tracks).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingProgress {

  @PersistenceContext private EntityManager em;

  @Inject private Participants participants;

  @Inject private CohortRolls rolls;

  /** How many of a mentor's cohorts their home page looks into: a mentor follows a few. */
  static final int COHORTS_WATCHED = 5;

  @Inject private Caller caller;

  /**
   * The people still in training, in the few cohorts the signed-in mentor trained or took the roll
   * of most recently (in the last 30 days), who have a warning: the gravest first (can no longer
   * reach a threshold, then two absences in a row, then below a threshold).
   */
  @RolesAllowed(Role.Names.MENTOR)
  public List<PersonStanding> toWatch() {
    LocalDate today = CentreTime.today();
    List<Long> recent =
        em.createQuery(
                "SELECT s.cohort.id FROM TrainingSession s WHERE (s.trainer = :me OR"
                    + " s.responsible = :me) AND s.day BETWEEN :from AND :to GROUP BY s.cohort.id"
                    + " ORDER BY MAX(s.day) DESC, s.cohort.id DESC",
                Long.class)
            .setParameter("me", caller.name())
            .setParameter("from", today.minusDays(30))
            .setParameter("to", today)
            .setMaxResults(COHORTS_WATCHED)
            .getResultList();
    List<Cohort> mine =
        recent.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT c FROM Cohort c WHERE c.id IN :ids ORDER BY c.id DESC", Cohort.class)
                .setParameter("ids", recent)
                .getResultList();
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ParticipantSummary>> inTraining = new HashMap<>();
    em.createQuery(
            "SELECT p.cohort.id, p.id, h.id, h.cin.value, h.firstName, h.lastName, h.gender,"
                + " p.stage, p.since FROM Participant p JOIN p.holder h WHERE p.cohort.id IN :ids"
                + " AND p.stage = :inTraining ORDER BY h.lastName, h.firstName, p.id",
            Object[].class)
        .setParameter("ids", recent)
        .setParameter("inTraining", JourneyStage.IN_TRAINING)
        .getResultList()
        .forEach(
            r ->
                inTraining
                    .computeIfAbsent((Long) r[0], c -> new ArrayList<>())
                    .add(
                        new ParticipantSummary(
                            (Long) r[1],
                            (Long) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (Gender) r[6],
                            (JourneyStage) r[7],
                            (Instant) r[8])));
    Map<Long, CohortProgress> progress = rolls.countAll(mine, inTraining, false);
    List<PersonStanding> watched = new ArrayList<>();
    for (Cohort cohort : mine) {
      CohortProgress its = progress.get(cohort.getId());
      for (ParticipantSummary person : its.getPeople()) {
        TrainingStanding standing = its.of(person.getId());
        if (!standing.getWarnings().isEmpty()) {
          watched.add(new PersonStanding(cohort.getId(), cohort.getName(), person, standing));
        }
      }
    }
    watched.sort(
        Comparator.comparingInt(
                (PersonStanding w) ->
                    -w.standing().getWarnings().stream().mapToInt(Enum::ordinal).max().orElse(0))
            .thenComparing(w -> w.person().getLastName()));
    return watched;
  }

  /** Where the person this application admitted stands in their training; none before. */
  public Optional<PersonStanding> ofApplication(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT p FROM Participant p JOIN FETCH p.holder JOIN FETCH p.cohort WHERE"
                + " p.application.id = :application",
            Participant.class)
        .setParameter("application", applicationId)
        .getResultStream()
        .findFirst()
        .map(
            p -> {
              ParticipantSummary person = ParticipantSummary.of(p);
              return new PersonStanding(
                  p.getCohort().getId(),
                  p.getCohort().getName(),
                  person,
                  rolls.count(p.getCohort(), List.of(person), false).of(p.getId()));
            });
  }

  public CohortProgress ofCohort(@NotNull Long cohortId) {
    Cohort cohort = Entities.get(em, Cohort.class, cohortId, "selection.cohort.notFound");
    return rolls.count(cohort, participants.ofCohort(cohortId), true);
  }
}
