package org.incubator.web.training;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;
import org.incubator.training.Curriculum;
import org.incubator.training.CurriculumVersion;
import org.incubator.training.ModuleDetails;
import org.incubator.training.TrainingModule;
import org.incubator.training.TrainingTrack;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * The curriculum's versions and tracks. The administrator writes the draft module by module and
 * publishes it for the cohorts that start from a day on; mentors read every version.
 */
@Named
@ViewScoped
public class CurriculumBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Curriculum curriculum;

  @Inject private LocaleSelection localeSelection;

  private transient List<CurriculumVersion> versions;
  private transient List<TrainingTrack> tracks;
  private Long shownId;
  private Long editedModuleId;
  private ModuleDetails module = new ModuleDetails();
  private LocalDate appliesFrom;
  private String note;
  private String trackCode;
  private String trackAr;
  private String trackFr;
  private String trackEn;

  public void load() {
    refresh();
    shownId = versions.isEmpty() ? null : versions.get(0).getId();
  }

  private void refresh() {
    versions = curriculum.versions();
    tracks = curriculum.tracks();
  }

  public void show(Long versionId) {
    shownId = versionId;
    cancelEdit();
    refresh();
  }

  public void startDraft() {
    try {
      shownId = curriculum.startDraft();
      Messages.info("training.curriculum.draftStarted");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void saveModule() {
    try {
      CurriculumVersion draft = getShown();
      if (editedModuleId == null) {
        curriculum.addModule(draft.getId(), draft.getVersion(), module);
      } else {
        curriculum.changeModule(draft.getId(), draft.getVersion(), editedModuleId, module);
      }
      Messages.info("training.module.saved");
      cancelEdit();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void edit(TrainingModule chosen) {
    editedModuleId = chosen.getId();
    module = ModuleDetails.of(chosen);
  }

  public void cancelEdit() {
    editedModuleId = null;
    module = new ModuleDetails();
  }

  public void remove(Long moduleId) {
    try {
      CurriculumVersion draft = getShown();
      curriculum.removeModule(draft.getId(), draft.getVersion(), moduleId);
      Messages.info("training.module.removed");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void publish() {
    try {
      CurriculumVersion draft = getShown();
      curriculum.publish(draft.getId(), draft.getVersion(), appliesFrom, note);
      Messages.info("training.curriculum.publishedDone", draft.getNumber());
      appliesFrom = null;
      note = null;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void discardDraft() {
    try {
      CurriculumVersion draft = getShown();
      curriculum.discardDraft(draft.getId(), draft.getVersion());
      Messages.info("training.curriculum.discarded", draft.getNumber());
      cancelEdit();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    load();
  }

  public void addTrack() {
    try {
      curriculum.addTrack(trackCode, new TitlesInThreeLanguages(trackAr, trackFr, trackEn));
      Messages.info("training.track.added");
      trackCode = null;
      trackAr = null;
      trackFr = null;
      trackEn = null;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public CurriculumVersion getShown() {
    return versions.stream().filter(v -> v.getId().equals(shownId)).findFirst().orElse(null);
  }

  public boolean isDraftOpen() {
    return versions.stream().anyMatch(CurriculumVersion::isDraft);
  }

  public List<SelectItem> getTrackOptions() {
    return tracks.stream()
        .map(t -> new SelectItem(t.getId(), t.nameIn(localeSelection.getLocale())))
        .toList();
  }

  public List<CurriculumVersion> getVersions() {
    return versions;
  }

  public List<TrainingTrack> getTracks() {
    return tracks;
  }

  public Long getEditedModuleId() {
    return editedModuleId;
  }

  public ModuleDetails getModule() {
    return module;
  }

  public LocalDate getAppliesFrom() {
    return appliesFrom;
  }

  public void setAppliesFrom(LocalDate appliesFrom) {
    this.appliesFrom = appliesFrom;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getTrackCode() {
    return trackCode;
  }

  public void setTrackCode(String trackCode) {
    this.trackCode = trackCode;
  }

  public String getTrackAr() {
    return trackAr;
  }

  public void setTrackAr(String trackAr) {
    this.trackAr = trackAr;
  }

  public String getTrackFr() {
    return trackFr;
  }

  public void setTrackFr(String trackFr) {
    this.trackFr = trackFr;
  }

  public String getTrackEn() {
    return trackEn;
  }

  public void setTrackEn(String trackEn) {
    this.trackEn = trackEn;
  }
}
