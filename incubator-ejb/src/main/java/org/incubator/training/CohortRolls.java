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
import java.util.Set;
import org.incubator.applicant.Gender;
import org.incubator.selection.Cohort;

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
    List<TrainingSession> all =
        em.createQuery(
                "SELECT s FROM TrainingSession s JOIN FETCH s.module WHERE s.cohort = :cohort"
                    + " ORDER BY s.day, s.startsAt, s.id",
                TrainingSession.class)
            .setParameter("cohort", cohort)
            .getResultList();
    List<TrainingSession> planned = all.stream().filter(TrainingSession::isScheduled).toList();
    Set<Long> rollsTaken = new HashSet<>(rollsTaken(cohort));
    Map<Long, Map<Long, Presence>> byPerson = new HashMap<>();
    Map<Long, Gender> genders = new HashMap<>();
    people.forEach(p -> genders.put(p.getId(), p.getGender()));
    List<AbsenceCount> absences = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<Long> whose = people.stream().map(ParticipantSummary::getId).toList();
    if (!whose.isEmpty()) {
      // the marks as values, not entities: a cohort's thousand marks are not kept in the
      // persistence context, which what a page keeps of this read (its sessions) holds on to
      var marks =
          em.createQuery(
                  "SELECT a.participantId, a.session.id, a.presence, a.reason FROM Attendance a"
                      + " WHERE a.session.cohort = :cohort"
                      + (everybody ? "" : " AND a.participantId IN :people"),
                  Object[].class)
              .setParameter("cohort", cohort);
      if (!everybody) {
        marks.setParameter("people", whose);
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
          counts.computeIfAbsent(reason, r -> new int[2])[gender == Gender.FEMALE ? 0 : 1]++;
        }
      }
    }
    LocalDateTime now = LocalDateTime.now();
    Set<Long> over = new HashSet<>();
    planned.stream()
        .filter(s -> !s.getDay().atTime(s.getEndsAt()).isAfter(now))
        .forEach(s -> over.add(s.getId()));
    List<TrainingSession> rollsMissing =
        planned.stream()
            .filter(s -> over.contains(s.getId()) && !rollsTaken.contains(s.getId()))
            .toList();
    // the tracks in one statement, so each module finds its own without one more
    em.createQuery("SELECT t FROM TrainingTrack t", TrainingTrack.class).getResultList();
    List<TrainingModule> modules =
        curricula.of(cohort).map(CurriculumVersion::getModulesByTrack).orElse(List.of());
    Map<Long, TrainingStanding> standings = new LinkedHashMap<>();
    for (ParticipantSummary person : people) {
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
    for (AbsenceReason reason : AbsenceReason.values()) {
      int[] count = counts.getOrDefault(reason.name(), new int[2]);
      absences.add(new AbsenceCount(reason, count[0], count[1]));
    }
    int[] unexcused = counts.getOrDefault("", new int[2]);
    absences.add(new AbsenceCount(null, unexcused[0], unexcused[1]));
    return new CohortProgress(people, standings, rollsMissing, all, absences);
  }

  /** The cohort's sessions whose roll has at least one mark. */
  private List<Long> rollsTaken(Cohort cohort) {
    return em.createQuery(
            "SELECT DISTINCT a.session.id FROM Attendance a WHERE a.session.cohort = :cohort",
            Long.class)
        .setParameter("cohort", cohort)
        .getResultList();
  }
}
