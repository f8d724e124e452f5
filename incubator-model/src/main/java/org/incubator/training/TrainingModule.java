package org.incubator.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.TitlesInThreeLanguages;

/**
 * A module of one curriculum version: its title in the three languages, the hours it plans, and the
 * share of those hours a person must attend (the threshold, in percent). Changed only while its
 * curriculum is a draft.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule {

  public static final int TITLE_LENGTH = 200;
  public static final int MAX_HOURS = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "curriculum_id", nullable = false, updatable = false)
  private CurriculumVersion curriculum;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "track_id", nullable = false)
  private TrainingTrack track;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "title_ar", length = TITLE_LENGTH, nullable = false)
  private String titleAr;

  @Column(name = "title_fr", length = TITLE_LENGTH, nullable = false)
  private String titleFr;

  @Column(name = "title_en", length = TITLE_LENGTH, nullable = false)
  private String titleEn;

  @Column(name = "planned_hours", nullable = false)
  private int plannedHours;

  @Column(name = "attendance_threshold", nullable = false)
  private int threshold;

  protected TrainingModule() {}

  TrainingModule(
      CurriculumVersion curriculum, int position, TrainingTrack track, ModuleDetails details) {
    this.curriculum = curriculum;
    this.position = position;
    change(track, details);
  }

  /** A copy of this module for a new version of the curriculum. */
  TrainingModule copyInto(CurriculumVersion draft) {
    var copy = new TrainingModule();
    copy.curriculum = draft;
    copy.track = track;
    copy.position = position;
    copy.titleAr = titleAr;
    copy.titleFr = titleFr;
    copy.titleEn = titleEn;
    copy.plannedHours = plannedHours;
    copy.threshold = threshold;
    return copy;
  }

  void change(TrainingTrack track, ModuleDetails details) {
    if (track == null) {
      throw IncubatorException.onField("trackId", "field.required");
    }
    details.titles().check(TITLE_LENGTH, "title");
    Integer hours = details.getPlannedHours();
    if (hours == null || hours < 1 || hours > MAX_HOURS) {
      throw IncubatorException.onField(
          "plannedHours", "training.module.plannedHoursRange", 1, MAX_HOURS);
    }
    Integer percent = details.getThreshold();
    if (percent == null || percent < 1 || percent > 100) {
      throw IncubatorException.onField("threshold", "training.module.thresholdRange");
    }
    this.track = track;
    this.titleAr = details.titles().arabic();
    this.titleFr = details.titles().french();
    this.titleEn = details.titles().english();
    this.plannedHours = hours;
    this.threshold = percent;
  }

  public String titleIn(Locale locale) {
    return LocalizedName.pick(locale, titleAr, titleFr, titleEn);
  }

  public Long getId() {
    return id;
  }

  public CurriculumVersion getCurriculum() {
    return curriculum;
  }

  public TrainingTrack getTrack() {
    return track;
  }

  public int getPosition() {
    return position;
  }

  public TitlesInThreeLanguages getTitles() {
    return new TitlesInThreeLanguages(titleAr, titleFr, titleEn);
  }

  public int getPlannedHours() {
    return plannedHours;
  }

  /** The share of the module's hours a person must attend, in percent. */
  public int getThreshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TrainingModule other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return TrainingModule.class.hashCode();
  }
}
