package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.incubator.coaching.BusinessLaunch;
import org.incubator.coaching.Caseloads;
import org.incubator.coaching.CoachingFile;
import org.incubator.coaching.CoachingFiles;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.Launches;
import org.incubator.coaching.LeadMentorChange;
import org.incubator.coaching.LegalForm;
import org.incubator.shared.IncubatorException;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.identity.StaffNames;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * On an admitted person's file, for staff: who leads their coaching (the administrator changes it,
 * with a reason kept in the history) and their business's launch (recorded and corrected by the
 * lead mentor, confirmed by another mentor).
 */
@Named
@ViewScoped
public class ApplicationCoachingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CoachingFiles files;

  @Inject private Caseloads caseloads;

  @Inject private Launches launches;

  @Inject private StaffNames names;

  @Inject private CurrentUser currentUser;

  private String idParameter;
  private Long id;
  private CoachingFile file;
  private boolean read;
  private String leadMentor;
  private String leadReason;
  private LaunchDetails launch = new LaunchDetails();
  private boolean correcting;

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "selection.application.notFound");
    }
  }

  /** None before admission, and for whoever is not on the staff. */
  public CoachingFile getFile() {
    if (!read) {
      read = true;
      if (id != null && (currentUser.is("MENTOR") || currentUser.is("ADMIN"))) {
        file = files.ofApplication(id).orElse(null);
        if (file != null && file.lead().isPresent() && leadMentor == null) {
          leadMentor = file.lead().get().getLeadMentor();
        }
      }
    }
    return file;
  }

  /**
   * Who led the person, change by change, the names of those chosen and of those who decided read
   * in one statement.
   */
  public List<LeadMentorChange> getLeadHistory() {
    if (getFile() == null || file.lead().isEmpty()) {
      return List.of();
    }
    List<LeadMentorChange> history = file.lead().get().getHistory();
    names.know(history.stream().flatMap(c -> Stream.of(c.getTo(), c.getBy())).toList());
    return history;
  }

  public boolean isCallerLead() {
    return getFile() != null
        && file.lead().map(m -> m.isLedBy(currentUser.getUsername())).orElse(false);
  }

  /** The launch form: for the lead mentor, to record the start or to correct it. */
  public boolean isLaunchFormShown() {
    return isCallerLead()
        && currentUser.is("MENTOR")
        && (file.isLaunchable() || (file.launch() != null && correcting));
  }

  /** Another mentor than the one who recorded it confirms the launch, once. */
  public boolean isConfirmable() {
    if (getFile() == null || file.launch() == null || !currentUser.is("MENTOR")) {
      return false;
    }
    BusinessLaunch recorded = file.launch().launch();
    return recorded.getConfirmedBy().isEmpty()
        && !recorded.getRecordedBy().equals(currentUser.getUsername());
  }

  public void assignLead() {
    try {
      if (caseloads.assign(getFile().participantId(), leadMentor, leadReason)) {
        Messages.info("coaching.lead.changed", names.of(leadMentor));
        leadReason = null;
      }
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    reread();
  }

  public void startCorrecting() {
    launch = LaunchDetails.of(getFile().launch().launch());
    correcting = true;
  }

  public void saveLaunch() {
    try {
      if (getFile().launch() == null) {
        launches.record(file.participantId(), launch);
        Messages.info("coaching.launch.recorded");
      } else {
        launches.correct(file.participantId(), file.launch().launch().getVersion(), launch);
        Messages.info("coaching.launch.corrected");
      }
      launch = new LaunchDetails();
      correcting = false;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    reread();
  }

  public void confirmLaunch() {
    try {
      launches.confirm(getFile().participantId(), file.launch().launch().getVersion());
      Messages.info("coaching.launch.confirmed");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    reread();
  }

  private void reread() {
    read = false;
    file = null;
  }

  public List<LegalForm> getLegalForms() {
    return Arrays.asList(LegalForm.values());
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public String getLeadMentor() {
    return leadMentor;
  }

  public void setLeadMentor(String leadMentor) {
    this.leadMentor = leadMentor;
  }

  public String getLeadReason() {
    return leadReason;
  }

  public void setLeadReason(String leadReason) {
    this.leadReason = leadReason;
  }

  public LaunchDetails getLaunch() {
    return launch;
  }

  public boolean isCorrecting() {
    return correcting;
  }
}
