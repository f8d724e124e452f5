package org.incubator.training;

import java.io.Serializable;
import org.incubator.shared.TitlesInThreeLanguages;

/** What the administrator types for a module; checked by the module itself. */
public class ModuleDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long trackId;
  private String titleAr;
  private String titleFr;
  private String titleEn;
  private Integer plannedHours;
  private Integer threshold = 80;

  public static ModuleDetails of(TrainingModule module) {
    var details = new ModuleDetails();
    details.trackId = module.getTrack().getId();
    details.titleAr = module.getTitles().arabic();
    details.titleFr = module.getTitles().french();
    details.titleEn = module.getTitles().english();
    details.plannedHours = module.getPlannedHours();
    details.threshold = module.getThreshold();
    return details;
  }

  TitlesInThreeLanguages titles() {
    return new TitlesInThreeLanguages(titleAr, titleFr, titleEn);
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public String getTitleAr() {
    return titleAr;
  }

  public void setTitleAr(String titleAr) {
    this.titleAr = titleAr;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public Integer getPlannedHours() {
    return plannedHours;
  }

  public void setPlannedHours(Integer plannedHours) {
    this.plannedHours = plannedHours;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }
}
