package org.incubator.web.grant;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.GrantStatus;
import org.incubator.grant.Milestone;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * The seed grants of an admitted entrepreneur, on their application's page: the requests, the
 * preparation of a new one, and the milestones the mentor confirms to unlock tranches.
 */
@Named
@ViewScoped
public class ApplicationGrantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GrantRequests grantRequests;

  @Inject private Disbursements disbursements;

  @Inject private Labels labels;

  private String idParameter;
  private Long id;
  private transient List<GrantRequest> grants;
  private Milestone milestone;
  private LocalDate reachedOn = CentreTime.today();
  private String milestoneNote;
  private transient List<SelectItem> confirmable;

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "selection.application.notFound");
    }
    grants = grantRequests.ofApplication(id);
  }

  /** The mentor confirms a milestone that unlocks a tranche (training, kit, launch, evaluation). */
  public void confirmMilestone() {
    try {
      disbursements.confirmMilestone(id, milestone, reachedOn, milestoneNote);
      load();
      Messages.info("grant.milestone.confirmed");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /**
   * The milestones the mentor may confirm by hand, by their label: not those the programme proves
   * from facts (training attendance, for one).
   */
  public List<SelectItem> getConfirmableMilestones() {
    if (confirmable == null) {
      confirmable =
          disbursements.confirmableMilestones().stream()
              .map(m -> new SelectItem(m, labels.of(m)))
              .sorted(Comparator.comparing(SelectItem::getLabel))
              .toList();
    }
    return confirmable;
  }

  /** The requests, the latest version first. */
  public List<GrantRequest> getGrants() {
    return grants;
  }

  /** Whether a mentor may prepare a new request: none in progress or approved. */
  public boolean isGrantPreparable() {
    return grants.stream()
        .allMatch(
            g -> g.getStatus() == GrantStatus.REJECTED || g.getStatus() == GrantStatus.WITHDRAWN);
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public void setMilestone(Milestone milestone) {
    this.milestone = milestone;
  }

  public LocalDate getReachedOn() {
    return reachedOn;
  }

  public void setReachedOn(LocalDate reachedOn) {
    this.reachedOn = reachedOn;
  }

  public String getMilestoneNote() {
    return milestoneNote;
  }

  public void setMilestoneNote(String milestoneNote) {
    this.milestoneNote = milestoneNote;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
