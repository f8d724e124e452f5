package org.incubator.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incubator.applicant.Gender;
import org.incubator.selection.Cohort;
import org.incubator.shared.CentreTime;

/**
 * Counts people's standings from their cohort's rolls: the one way staff pages and a person's own
 * page count them. A session counts as held once it is over and its roll taken.
 */
@Dependent
class CohortRolls {

  @PersistenceContext private EntityManager em;

  @Inject private FollowedCurricula curricula;

  /** The standings of these people of the cohort, reading only their own marks. */
  CohortProgress count(Cohort cohort, List<ParticipantSummary> people, boolean everybody) {
    return countAll(List.of(cohort), Map.of(cohort.getId(), people), everybody).get(cohort.getId());
  }

  /**
   * The standings of the people of several cohorts (by cohort id), read together: the same few
   * statements for one cohort or five. With {@code everybody}, each cohort's absences count every
   * mark of its people; otherwise only the marks of the people given are read.
   */
  Map<Long, CohortProgress> countAll(
      List<Cohort> cohorts, Map<Long, List<ParticipantSummary>> people, boolean everybody) {
    List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
    Map<Long, List<TrainingSession>> sessions = new HashMap<>();
    em.createQuery(
            "SELECT s FROM TrainingSession s JOIN FETCH s.module WHERE s.cohort.id IN :ids"
                + " ORDER BY s.day, s.startsAt, s.id",
            TrainingSession.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            s -> sessions.computeIfAbsent(s.getCohort().getId(), c -> new ArrayList<>()).add(s));
    Set<Long> rollsTaken =
        new HashSet<>(
            em.createQuery(
                    "SELECT DISTINCT a.session.id FROM Attendance a WHERE a.session.cohort.id IN"
                        + " :ids",
                    Long.class)
                .setParameter("ids", ids)
                .getResultList());
    Map<Long, Long> cohortOf = new HashMap<>();
    Map<Long, Gender> genders = new HashMap<>();
    people.forEach(
        (cohortId, list) ->
            list.forEach(
                p -> {
                  cohortOf.put(p.getId(), cohortId);
                  genders.put(p.getId(), p.getGender());
                }));
    Map<Long, Map<Long, Presence>> byPerson = new HashMap<>();
    // absences by cohort, then by reason ("" when unexcused), women and men
    Map<Long, Map<String, int[]>> counts = new HashMap<>();
    if (!cohortOf.isEmpty()) {
      // the marks as values, not entities: a cohort's thousand marks are not kept in the
      // persistence context, which what a page keeps of this read (its sessions) holds on to
      var marks =
          em.createQuery(
                  "SELECT a.participantId, a.session.id, a.presence, a.reason FROM Attendance a"
                      + " WHERE a.session.cohort.id IN :ids"
                      + (everybody ? "" : " AND a.participantId IN :people"),
                  Object[].class)
              .setParameter("ids", ids);
      if (!everybody) {
        marks.setParameter("people", List.copyOf(cohortOf.keySet()));
      }
      for (Object[] mark : marks.getResultList()) {
        Long participantId = (Long) mark[0];
        Presence presence = (Presence) mark[2];
        byPerson
            .computeIfAbsent(participantId, id -> new HashMap<>())
            .put((Long) mark[1], presence);
        Gender gender = genders.get(participantId);
        if (!presence.attended() && gender != null) {
          String reason = mark[3] == null ? "" : ((AbsenceReason) mark[3]).name();
          counts.computeIfAbsent(cohortOf.get(participantId), c -> new LinkedHashMap<>())
              .computeIfAbsent(reason, r -> new int[2])[gender == Gender.FEMALE ? 0 : 1]++;
        }
      }
    }
    // the tracks in one statement, so each module finds its own without one more
    em.createQuery("SELECT t FROM TrainingTrack t", TrainingTrack.class).getResultList();
    Map<Long, Optional<CurriculumVersion>> followed = curricula.of(cohorts);
    LocalDateTime now = CentreTime.now();
    Map<Long, CohortProgress> progress = new HashMap<>();
    for (Long cohortId : ids) {
      List<TrainingSession> all = sessions.getOrDefault(cohortId, List.of());
      List<TrainingSession> planned = all.stream().filter(TrainingSession::isScheduled).toList();
      Set<Long> over = new HashSet<>();
      planned.stream()
          .filter(s -> !s.getDay().atTime(s.getEndsAt()).isAfter(now))
          .forEach(s -> over.add(s.getId()));
      List<TrainingSession> rollsMissing =
          planned.stream()
              .filter(s -> over.contains(s.getId()) && !rollsTaken.contains(s.getId()))
              .toList();
      List<TrainingModule> modules =
          followed.get(cohortId).map(CurriculumVersion::getModulesByTrack).orElse(List.of());
      List<ParticipantSummary> its = people.getOrDefault(cohortId, List.of());
      Map<Long, TrainingStanding> standings = new LinkedHashMap<>();
      for (ParticipantSummary person : its) {
        Map<Long, Presence> own = byPerson.getOrDefault(person.getId(), Map.of());
        standings.put(
            person.getId(),
            TrainingStanding.of(
                modules,
                planned.stream()
                    .map(
                        s ->
                            new PlannedSession(
                                s.getModule(),
                                s.getLength(),
                                over.contains(s.getId()) && rollsTaken.contains(s.getId()),
                                own.get(s.getId())))
                    .toList()));
      }
      Map<String, int[]> counted = counts.getOrDefault(cohortId, Map.of());
      List<AbsenceCount> absences = new ArrayList<>();
      for (AbsenceReason reason : AbsenceReason.values()) {
        int[] count = counted.getOrDefault(reason.name(), new int[2]);
        absences.add(new AbsenceCount(reason, count[0], count[1]));
      }
      int[] unexcused = counted.getOrDefault("", new int[2]);
      absences.add(new AbsenceCount(null, unexcused[0], unexcused[1]));
      progress.put(cohortId, new CohortProgress(its, standings, rollsMissing, all, absences));
    }
    return progress;
  }
}
