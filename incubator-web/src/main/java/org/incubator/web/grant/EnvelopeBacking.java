package org.incubator.web.grant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.grant.EnvelopeMonth;
import org.incubator.grant.Envelopes;
import org.incubator.selection.CallForApplications;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * One budget envelope: its balances, what it funds, and committed and paid month by month as a
 * chart and a table.
 */
@Named
@RequestScoped
public class EnvelopeBacking {

  @Inject private Envelopes envelopes;

  @Inject private LocaleSelection localeSelection;

  private String idParameter;
  private BudgetEnvelope envelope;
  private List<EnvelopeMonth> history;

  public void load() {
    Long envelopeId = RecordIds.parse(idParameter, "grant.envelope.notFound");
    envelope = envelopes.getEnvelope(envelopeId);
    history = envelopes.history(envelopeId);
  }

  /** Allocated as a level line, committed and paid climbing towards it. */
  public String getChart() {
    List<String> months = history.stream().map(m -> monthName(m.month())).toList();
    return Charts.lines(
        months,
        "rtl".equals(localeSelection.getDirection()),
        new Charts.Series(
            Messages.text("grant.envelope.amount"),
            "#90caf9",
            history.stream().map(m -> envelope.getAmount().getAmount()).toList()),
        new Charts.Series(
            Messages.text("grant.envelope.committed"),
            "#66bb6a",
            history.stream().map(m -> m.committed().getAmount()).toList()),
        new Charts.Series(
            Messages.text("grant.envelope.paid"),
            "#1b5e20",
            history.stream().map(m -> m.paid().getAmount()).toList()));
  }

  public String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, localeSelection.getLocale())
        + " "
        + month.getYear();
  }

  public String getCallNames() {
    return String.join(
        ", ", envelope.getCalls().stream().map(CallForApplications::getName).sorted().toList());
  }

  public String getCohortNames() {
    return String.join(
        ", ",
        envelope.getCohorts().stream()
            .map(
                c ->
                    Messages.text(
                        "grant.envelope.cohortOption", c.getName(), c.getCall().getName()))
            .sorted()
            .toList());
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public BudgetEnvelope getEnvelope() {
    return envelope;
  }

  public List<EnvelopeMonth> getHistory() {
    return history;
  }
}
