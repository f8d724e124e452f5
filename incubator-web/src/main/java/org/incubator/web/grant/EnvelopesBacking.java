package org.incubator.web.grant;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.grant.EnvelopeDetails;
import org.incubator.grant.Envelopes;
import org.incubator.identity.Role;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.Cohorts;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * The budget envelopes with what each has committed, paid and left, as a table and a chart; the
 * administrator opens new ones.
 */
@Named
@ViewScoped
public class EnvelopesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CALLS_OFFERED = 100;

  @Inject private Envelopes envelopes;

  @Inject private CallsForApplications calls;

  @Inject private Cohorts cohorts;

  @Inject private CurrentUser currentUser;

  @Inject private LocaleSelection localeSelection;

  private transient List<BudgetEnvelope> list;
  private List<SelectItem> callOptions;
  private List<SelectItem> cohortOptions;
  private EnvelopeDetails details = new EnvelopeDetails();

  public void load() {
    list = envelopes.list();
    if (callOptions == null && currentUser.is(Role.ADMIN.name())) {
      // only the administrator opens envelopes; reviewers read the balances
      callOptions =
          calls.page(new PageRequest(0, CALLS_OFFERED, null, false), null).stream()
              .map(c -> new SelectItem(c.id(), c.name()))
              .toList();
      cohortOptions =
          cohorts.latest(CALLS_OFFERED).stream()
              .map(
                  c ->
                      new SelectItem(
                          c.getId(),
                          Messages.text(
                              "grant.envelope.cohortOption", c.getName(), c.getCall().getName())))
              .toList();
    }
  }

  public void open() {
    try {
      envelopes.open(details);
      Messages.info("grant.envelope.opened", details.getName());
      details = new EnvelopeDetails();
      load();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /** Paid, committed but not paid yet, and still available, per envelope. */
  public String getChart() {
    return Charts.stackedBars(
        list.stream().map(BudgetEnvelope::getName).toList(),
        "rtl".equals(localeSelection.getDirection()),
        new Charts.Series(
            Messages.text("grant.envelope.paid"),
            "#1b5e20",
            list.stream().map(e -> e.getPaid().getAmount()).toList()),
        new Charts.Series(
            Messages.text("grant.envelope.committedUnpaid"),
            "#66bb6a",
            list.stream().map(e -> e.getCommitted().minus(e.getPaid()).getAmount()).toList()),
        new Charts.Series(
            Messages.text("grant.envelope.available"),
            "#90caf9",
            list.stream().map(e -> e.getAvailable().getAmount()).toList()));
  }

  public List<BudgetEnvelope> getList() {
    return list;
  }

  public List<SelectItem> getCallOptions() {
    return callOptions;
  }

  public List<SelectItem> getCohortOptions() {
    return cohortOptions;
  }

  public EnvelopeDetails getDetails() {
    return details;
  }
}
