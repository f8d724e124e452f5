package org.incubator.web.applicant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.applicant.HolderAccountEvent;
import org.incubator.applicant.IdentityClaim;
import org.incubator.applicant.IdentityClaims;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * The online accounts claiming a file: on the holder's page ({@code ?id=}), the claims with
 * confirm, refuse and undo (each with its reason), and the history of the file's links; on the
 * mentor's home, the claims waiting for someone to see a CIN card.
 */
@Named
@ViewScoped
public class IdentityClaimsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int WAITING_SHOWN = 10;

  @Inject private IdentityClaims claims;

  private String holderParameter;
  private Long holderId;
  private List<IdentityClaim> ofHolder;
  private List<HolderAccountEvent> links;
  private List<IdentityClaim> waiting;
  private long waitingCount;
  private String claimReason;

  /** The holder's page. */
  public void load() {
    if (holderId == null) {
      holderId = RecordIds.parse(holderParameter, "applicant.holder.notFound");
    }
    ofHolder = claims.ofHolder(holderId);
    links = claims.linksOf(holderId);
  }

  /** The mentor's home. */
  public void loadWaiting() {
    waiting = claims.waiting(new PageRequest(0, WAITING_SHOWN, null, false));
    waitingCount = claims.waitingCount();
  }

  public void confirm(Long claimId) {
    act(() -> claims.confirm(claimId), "applicant.claim.confirmed");
  }

  public void refuse(Long claimId) {
    act(() -> claims.refuse(claimId, claimReason), "applicant.claim.refused");
  }

  public void unlink(Long claimId) {
    act(() -> claims.unlink(claimId, claimReason), "applicant.claim.unlinked");
  }

  private void act(Runnable work, String doneKey) {
    try {
      work.run();
      claimReason = null;
      load();
      Messages.info(doneKey);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public List<IdentityClaim> getOfHolder() {
    return ofHolder;
  }

  public List<HolderAccountEvent> getLinks() {
    return links;
  }

  public List<IdentityClaim> getWaiting() {
    return waiting;
  }

  public long getWaitingCount() {
    return waitingCount;
  }

  public String getClaimReason() {
    return claimReason;
  }

  public void setClaimReason(String claimReason) {
    this.claimReason = claimReason;
  }

  public String getHolderParameter() {
    return holderParameter;
  }

  public void setHolderParameter(String holderParameter) {
    this.holderParameter = holderParameter;
  }
}
