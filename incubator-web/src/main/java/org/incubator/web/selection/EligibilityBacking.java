package org.incubator.web.selection;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.RuleOutcome;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;

/** On a project holder's page: the holder against each eligibility rule of a chosen call. */
@Named
@ViewScoped
public class EligibilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CALLS_OFFERED = 50;

  @Inject private CallsForApplications calls;

  @Inject private Labels labels;

  private Long holderId;
  private Long callId;
  private List<SelectItem> callOptions;
  private List<RuleOutcome> outcomes = List.of();

  /** Opens on the latest call, so the mentor sees an answer without a click. */
  public void init(Long holder) {
    if (holderId != null) {
      return;
    }
    holderId = holder;
    callOptions =
        calls.page(new PageRequest(0, CALLS_OFFERED, null, false), null).stream()
            .map(call -> new SelectItem(call.id(), call.name()))
            .toList();
    if (!callOptions.isEmpty()) {
      callId = (Long) callOptions.get(0).getValue();
      assess();
    }
  }

  public void assess() {
    outcomes = callId == null ? List.of() : calls.assess(holderId, callId);
  }

  public boolean isEligible() {
    return !outcomes.isEmpty() && outcomes.stream().allMatch(RuleOutcome::passed);
  }

  /** The reason in the reader's language; enum arguments are named, not coded. */
  public String reason(RuleOutcome outcome) {
    Object[] arguments =
        outcome.arguments().stream().map(a -> a instanceof Enum<?> e ? labels.of(e) : a).toArray();
    return Messages.text(outcome.reasonKey(), arguments);
  }

  public List<SelectItem> getCallOptions() {
    return callOptions;
  }

  public List<RuleOutcome> getOutcomes() {
    return outcomes;
  }

  public Long getCallId() {
    return callId;
  }

  public void setCallId(Long callId) {
    this.callId = callId;
  }
}
