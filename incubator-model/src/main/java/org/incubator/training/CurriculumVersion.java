package org.incubator.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/**
 * One version of the curriculum: the modules of every track. It is written as a draft, then
 * published to apply to the cohorts that start on or after a day that has not passed yet, so a
 * change never reaches a cohort already in training. A cohort keeps the version it started with
 * ({@link CohortCurriculum}).
 */
@Entity
@Table(name = "curriculum_version")
public class CurriculumVersion {

  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private CurriculumStatus status;

  @Column(name = "applies_from")
  private LocalDate appliesFrom;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  @Column(
      name = "created_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "published_by", length = UserAccount.USERNAME_LENGTH)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<TrainingModule> modules = new ArrayList<>();

  protected CurriculumVersion() {}

  private CurriculumVersion(int number, String by, Instant when) {
    this.number = number;
    this.status = CurriculumStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = when;
  }

  /** The first curriculum, empty. */
  public static CurriculumVersion first(String by, Instant when) {
    return new CurriculumVersion(1, by, when);
  }

  /** A new draft that starts as a copy of this published version. */
  public CurriculumVersion nextDraft(String by, Instant when) {
    if (status != CurriculumStatus.PUBLISHED) {
      throw new IncubatorException("training.curriculum.notPublished");
    }
    var draft = new CurriculumVersion(number + 1, by, when);
    modules.forEach(module -> draft.modules.add(module.copyInto(draft)));
    return draft;
  }

  public TrainingModule addModule(TrainingTrack track, ModuleDetails details) {
    requireDraft();
    int position = modules.stream().mapToInt(TrainingModule::getPosition).max().orElse(0) + 1;
    var module = new TrainingModule(this, position, track, details);
    modules.add(module);
    return module;
  }

  public void changeModule(Long moduleId, TrainingTrack track, ModuleDetails details) {
    requireDraft();
    module(moduleId).change(track, details);
  }

  public void removeModule(Long moduleId) {
    requireDraft();
    modules.remove(module(moduleId));
  }

  /**
   * Publishes the draft for the cohorts that start on or after {@code from}, which may not be in
   * the past: a cohort already started keeps the curriculum it was given.
   */
  public void publish(LocalDate from, String changeNote, LocalDate today, String by, Instant when) {
    requireDraft();
    if (modules.isEmpty()) {
      throw new IncubatorException("training.curriculum.empty");
    }
    if (from == null) {
      throw IncubatorException.onField("appliesFrom", "field.required");
    }
    if (from.isBefore(today)) {
      throw IncubatorException.onField("appliesFrom", "training.curriculum.appliesFromPast");
    }
    String text = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
    if (text != null && text.length() > NOTE_LENGTH) {
      throw IncubatorException.onField("note", "field.maxLength", NOTE_LENGTH);
    }
    this.status = CurriculumStatus.PUBLISHED;
    this.appliesFrom = from;
    this.note = text;
    this.publishedBy = by;
    this.publishedAt = when;
  }

  /**
   * The published version a cohort starting on {@code cohortStart} follows: the latest that applies
   * from that day or before; a cohort that started before the first version follows the first.
   */
  public static Optional<CurriculumVersion> applicableTo(
      Collection<CurriculumVersion> published, LocalDate cohortStart) {
    List<CurriculumVersion> versions =
        published.stream()
            .filter(v -> v.status == CurriculumStatus.PUBLISHED)
            .sorted(Comparator.comparing((CurriculumVersion v) -> v.appliesFrom))
            .toList();
    Optional<CurriculumVersion> latestBefore =
        versions.stream().filter(v -> !v.appliesFrom.isAfter(cohortStart)).reduce((a, b) -> b);
    return latestBefore.or(() -> versions.stream().findFirst());
  }

  /** A draft abandoned is deleted with its modules; a published version stays for ever. */
  public void checkDiscardable() {
    requireDraft();
  }

  private void requireDraft() {
    if (status != CurriculumStatus.DRAFT) {
      throw new IncubatorException("training.curriculum.published", number);
    }
  }

  public TrainingModule module(Long moduleId) {
    return modules.stream()
        .filter(m -> m.getId() != null && m.getId().equals(moduleId))
        .findFirst()
        .orElseThrow(() -> new IncubatorException("training.module.notFound"));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public int getNumber() {
    return number;
  }

  public CurriculumStatus getStatus() {
    return status;
  }

  public boolean isDraft() {
    return status == CurriculumStatus.DRAFT;
  }

  public Optional<LocalDate> getAppliesFrom() {
    return Optional.ofNullable(appliesFrom);
  }

  public String getNote() {
    return note;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<TrainingModule> getModules() {
    return Collections.unmodifiableList(modules);
  }

  /** The modules as people read them: track after track, each in its order. */
  public List<TrainingModule> getModulesByTrack() {
    return modules.stream()
        .sorted(
            Comparator.comparingInt((TrainingModule m) -> m.getTrack().getPosition())
                .thenComparingInt(TrainingModule::getPosition))
        .toList();
  }

  /** The hours all modules plan together. */
  public int getPlannedHours() {
    return modules.stream().mapToInt(TrainingModule::getPlannedHours).sum();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CurriculumVersion other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return CurriculumVersion.class.hashCode();
  }
}
