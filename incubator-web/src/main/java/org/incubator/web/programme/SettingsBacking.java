package org.incubator.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.grant.Milestone;
import org.incubator.programme.Programme;
import org.incubator.programme.SettingsChange;
import org.incubator.programme.SettingsDetails;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/**
 * The administrator's programme settings: grant ceiling, two-reviewer threshold, tranche plan,
 * repeat years, and their history.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CHANGES_SHOWN = 20;

  @Inject private Programme programme;

  private SettingsDetails details;
  private transient List<SettingsChange> changes;

  public void load() {
    if (details == null) {
      details = SettingsDetails.of(programme.settings());
    }
    changes = programme.changes(CHANGES_SHOWN);
  }

  public void save() {
    try {
      programme.change(details);
      Messages.info("programme.settings.saved");
      details = SettingsDetails.of(programme.settings());
      changes = programme.changes(CHANGES_SHOWN);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public void addShare() {
    details.getTranches().add(new SettingsDetails.Share(null, Milestone.EVALUATION_PASSED));
  }

  public void removeShare(SettingsDetails.Share share) {
    if (details.getTranches().size() > 1) {
      details.getTranches().remove(share);
    }
  }

  public SettingsDetails getDetails() {
    return details;
  }

  public List<SettingsChange> getChanges() {
    return changes;
  }
}
