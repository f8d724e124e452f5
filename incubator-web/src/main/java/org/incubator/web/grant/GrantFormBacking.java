package org.incubator.web.grant;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.incubator.grant.Envelopes;
import org.incubator.grant.GrantLine;
import org.incubator.grant.GrantLineDetails;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.UseCategory;
import org.incubator.selection.Application;
import org.incubator.selection.Applications;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * A mentor prepares a grant request for an admitted entrepreneur ({@code ?application=}), or the
 * next version of a returned one ({@code ?returned=}): the envelope, the lines of its use (their
 * total is the amount) and the justification.
 */
@Named
@ViewScoped
public class GrantFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One editable line of the form. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private UseCategory category = UseCategory.EQUIPMENT;
    private String description;
    private BigDecimal amount;

    public UseCategory getCategory() {
      return category;
    }

    public void setCategory(UseCategory category) {
      this.category = category;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  @Inject private GrantRequests requests;

  @Inject private Applications applications;

  @Inject private Envelopes envelopes;

  @Inject private Labels labels;

  private String applicationParameter;
  private String returnedParameter;
  private Long applicationId;
  private Long returnedId;
  private String entrepreneur;
  private List<SelectItem> envelopeOptions;
  private Long envelopeId;
  private List<Line> lines = new ArrayList<>();
  private String justification;

  public void load() {
    if (applicationId != null) {
      return;
    }
    if (returnedParameter != null && !returnedParameter.isBlank()) {
      returnedId = RecordIds.parse(returnedParameter, "grant.request.notFound");
      GrantRequest returned = requests.getRequest(returnedId);
      applicationId = returned.getApplication().getId();
      envelopeId = returned.getEnvelope().getId();
      justification = returned.getJustification();
      for (GrantLine kept : returned.getLines()) {
        var line = new Line();
        line.setCategory(kept.getCategory());
        line.setDescription(kept.getDescription());
        line.setAmount(kept.getAmount().getAmount());
        lines.add(line);
      }
    } else {
      applicationId = RecordIds.parse(applicationParameter, "selection.application.notFound");
      lines.add(new Line());
    }
    Application application = applications.getApplication(applicationId);
    entrepreneur = application.getHolder().getFullName();
    envelopeOptions =
        envelopes.funding(applicationId).stream()
            .map(
                e ->
                    new SelectItem(
                        e.getId(),
                        Messages.text(
                            "grant.envelope.option", e.getName(), labels.money(e.getAvailable()))))
            .toList();
  }

  public void addLine() {
    if (lines.size() < GrantRequest.MAX_LINES) {
      lines.add(new Line());
    }
  }

  public boolean isRoomForAnotherLine() {
    return lines.size() < GrantRequest.MAX_LINES;
  }

  public void removeLine(Line line) {
    if (lines.size() > 1) {
      lines.remove(line);
    }
  }

  /** The amount asked: the total of the lines, shown as the mentor types. */
  public BigDecimal getTotal() {
    return lines.stream()
        .map(Line::getAmount)
        .filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String save() {
    List<GrantLineDetails> typed =
        lines.stream()
            .map(l -> new GrantLineDetails(l.getCategory(), l.getDescription(), l.getAmount()))
            .toList();
    try {
      Long id =
          returnedId == null
              ? requests.prepare(applicationId, envelopeId, typed, justification)
              : requests.reviseAfterReturn(returnedId, typed, justification);
      Messages.info("grant.request.prepared");
      return "/grant/request.xhtml?faces-redirect=true&id=" + id;
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public String getEntrepreneur() {
    return entrepreneur;
  }

  public List<SelectItem> getEnvelopeOptions() {
    return envelopeOptions;
  }

  public Long getEnvelopeId() {
    return envelopeId;
  }

  public void setEnvelopeId(Long envelopeId) {
    this.envelopeId = envelopeId;
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getApplicationParameter() {
    return applicationParameter;
  }

  public void setApplicationParameter(String applicationParameter) {
    this.applicationParameter = applicationParameter;
  }

  public String getReturnedParameter() {
    return returnedParameter;
  }

  public void setReturnedParameter(String returnedParameter) {
    this.returnedParameter = returnedParameter;
  }
}
