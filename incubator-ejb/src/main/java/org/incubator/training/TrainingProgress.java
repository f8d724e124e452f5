package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.selection.Cohort;

/**
 * Where the people of a cohort stand in their training, counted from the rolls: in eight statements
 * whatever the cohort's size (the cohort, its people, its sessions with their modules, their marks,
 * its curriculum, the curriculum's modules, the tracks).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingProgress {

  @PersistenceContext private EntityManager em;

  @Inject private Participants participants;

  @Inject private TrainingSessions sessions;

  @Inject private FollowedCurricula curricula;

  public CohortProgress ofCohort(@NotNull Long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    List<ParticipantSummary> people = participants.ofCohort(cohortId);
    List<TrainingSession> planned =
        sessions.ofCohort(cohortId).stream().filter(TrainingSession::isScheduled).toList();
    List<Attendance> marks =
        em.createQuery(
                "SELECT a FROM Attendance a WHERE a.session.cohort.id = :cohort", Attendance.class)
            .setParameter("cohort", cohortId)
            .getResultList();
    Map<Long, Map<Long, Presence>> byPerson = new HashMap<>();
    Set<Long> rollsTaken = new HashSet<>();
    for (Attendance mark : marks) {
      rollsTaken.add(mark.getSessionId());
      byPerson
          .computeIfAbsent(mark.getParticipantId(), id -> new HashMap<>())
          .put(mark.getSessionId(), mark.getPresence());
    }
    LocalDateTime now = LocalDateTime.now();
    List<TrainingSession> over =
        planned.stream().filter(s -> !s.getDay().atTime(s.getEndsAt()).isAfter(now)).toList();
    List<TrainingSession> rollsMissing =
        over.stream().filter(s -> !rollsTaken.contains(s.getId())).toList();
    // the tracks, in one statement, so the modules find theirs without one each
    em.createQuery("SELECT t FROM TrainingTrack t", TrainingTrack.class).getResultList();
    List<TrainingModule> modules =
        cohort == null
            ? List.of()
            : curricula.of(cohort).map(CurriculumVersion::getModulesByTrack).orElse(List.of());
    Map<Long, TrainingStanding> standings = new LinkedHashMap<>();
    for (ParticipantSummary person : people) {
      Map<Long, Presence> own = byPerson.getOrDefault(person.getId(), Map.of());
      List<PlannedSession> theirs =
          planned.stream()
              .map(
                  s ->
                      new PlannedSession(
                          s.getModule(),
                          s.getLength(),
                          rollsTaken.contains(s.getId()) && over.contains(s),
                          own.get(s.getId())))
              .toList();
      standings.put(person.getId(), TrainingStanding.of(modules, theirs));
    }
    return new CohortProgress(people, standings, rollsMissing);
  }
}
