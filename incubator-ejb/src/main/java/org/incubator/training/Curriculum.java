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
import org.incubator.selection.Cohort;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;

/**
 * The curriculum: its tracks, and its versions, each written as a draft by the administrator and
 * published for the cohorts that start from a day on. Mentors read it to schedule sessions.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Curriculum {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private FollowedCurricula followed;

  public List<TrainingTrack> tracks() {
    return em.createQuery("SELECT t FROM TrainingTrack t ORDER BY t.position", TrainingTrack.class)
        .getResultList();
  }

  /** Every version, the latest first, each with its modules (read in one more statement). */
  public List<CurriculumVersion> versions() {
    return em.createQuery(
            "SELECT v FROM CurriculumVersion v ORDER BY v.number DESC", CurriculumVersion.class)
        .setHint("eclipselink.batch", "v.modules")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public CurriculumVersion getVersion(@NotNull Long id) {
    return Entities.get(em, CurriculumVersion.class, id, "training.curriculum.notFound");
  }

  public Optional<CurriculumVersion> draft() {
    return em.createQuery(
            "SELECT v FROM CurriculumVersion v WHERE v.status = :draft", CurriculumVersion.class)
        .setParameter("draft", CurriculumStatus.DRAFT)
        .getResultStream()
        .findFirst();
  }

  /**
   * Opens the draft of the next version, a copy of the latest published one (or an empty first
   * version); there is one draft at a time.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public Long startDraft() {
    if (draft().isPresent()) {
      throw new IncubatorException("training.curriculum.draftOpen");
    }
    Instant now = Instant.now();
    CurriculumVersion draft =
        latestPublished()
            .map(latest -> latest.nextDraft(caller.name(), now))
            .orElseGet(() -> CurriculumVersion.first(caller.name(), now));
    em.persist(draft);
    Flushes.orDuplicate(
        em,
        "uq_curriculum_version_one_draft",
        () -> new IncubatorException("training.curriculum.draftOpen"));
    return draft.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Long addModule(
      @NotNull Long draftId, long basedOnVersion, @NotNull ModuleDetails details) {
    CurriculumVersion draft = editable(draftId, basedOnVersion);
    TrainingModule module = draft.addModule(track(details.getTrackId()), details);
    Flushes.orConflict(em);
    return module.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void changeModule(
      @NotNull Long draftId,
      long basedOnVersion,
      @NotNull Long moduleId,
      @NotNull ModuleDetails details) {
    editable(draftId, basedOnVersion).changeModule(moduleId, track(details.getTrackId()), details);
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void removeModule(@NotNull Long draftId, long basedOnVersion, @NotNull Long moduleId) {
    editable(draftId, basedOnVersion).removeModule(moduleId);
    Flushes.orConflict(em);
  }

  /**
   * Publishes the draft for the cohorts that start on or after {@code appliesFrom}; cohorts whose
   * sessions are already scheduled keep the version they follow.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public void publish(
      @NotNull Long draftId, long basedOnVersion, LocalDate appliesFrom, String note) {
    editable(draftId, basedOnVersion)
        .publish(appliesFrom, note, CentreTime.today(), caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /** Abandons the draft: it goes with its modules, and another can be started. */
  @RolesAllowed(Role.Names.ADMIN)
  public void discardDraft(@NotNull Long draftId, long basedOnVersion) {
    CurriculumVersion draft = editable(draftId, basedOnVersion);
    draft.checkDiscardable();
    em.remove(draft);
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Long addTrack(String code, @NotNull TitlesInThreeLanguages names) {
    int position = tracks().stream().mapToInt(TrainingTrack::getPosition).max().orElse(0) + 1;
    var track = new TrainingTrack(code, names, position);
    em.persist(track);
    Flushes.orDuplicate(
        em,
        "uq_training_track_code",
        () -> IncubatorException.onField("trackCode", "training.track.duplicate", track.getCode()));
    return track.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void renameTrack(
      @NotNull Long trackId, long basedOnVersion, @NotNull TitlesInThreeLanguages names) {
    TrainingTrack track = track(trackId);
    if (track.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    track.rename(names);
    Flushes.orConflict(em);
  }

  /**
   * The version the cohort follows: the one fixed when its first session was scheduled, or else the
   * one that applies to its start.
   */
  public Optional<CurriculumVersion> of(@NotNull Cohort cohort) {
    return followed.of(cohort);
  }

  private Optional<CurriculumVersion> latestPublished() {
    return em.createQuery(
            "SELECT v FROM CurriculumVersion v WHERE v.status = :published ORDER BY v.number DESC",
            CurriculumVersion.class)
        .setParameter("published", CurriculumStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private CurriculumVersion editable(Long draftId, long basedOnVersion) {
    CurriculumVersion version = getVersion(draftId);
    em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (version.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    return version;
  }

  private TrainingTrack track(Long trackId) {
    if (trackId == null) {
      throw IncubatorException.onField("trackId", "field.required");
    }
    return Entities.get(em, TrainingTrack.class, trackId, "training.track.notFound");
  }
}
