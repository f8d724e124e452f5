package org.incubator.starterkit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.incubator.applicant.Trade;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * The kit of a trade in one version: the articles a hairdresser, a plumber or a tailor receives,
 * each with its quantity and unit cost. The administrator writes a draft and publishes it; the
 * newest published version is what new allocations get, and an allocation copies its lines, so a
 * kit already allocated or handed over keeps what it was.
 */
@Entity
@Table(name = "kit_template")
public class KitTemplate {

  public static final int NOTE_LENGTH = 500;
  public static final int MAX_QUANTITY = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "trade", length = 30, nullable = false, updatable = false)
  private Trade trade;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private TemplateStatus status;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  @Column(name = "published_by", length = 60)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<KitTemplateLine> lines = new ArrayList<>();

  protected KitTemplate() {}

  /** A new draft, numbered after the trade's newest version and starting from its lines. */
  public static KitTemplate draftAfter(Trade trade, KitTemplate newest) {
    var draft = new KitTemplate();
    draft.trade = Objects.requireNonNull(trade, "trade");
    draft.status = TemplateStatus.DRAFT;
    draft.number = newest == null ? 1 : newest.number + 1;
    if (newest != null) {
      for (KitTemplateLine line : newest.lines) {
        draft.lines.add(
            new KitTemplateLine(draft, line.getArticle(), line.getQuantity(), line.getUnitCost()));
      }
    }
    return draft;
  }

  /** Adds the article, or changes its quantity and cost when the kit has it already. */
  public void put(KitArticle article, int quantity, Money unitCost) {
    requireDraft();
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw IncubatorException.onField(
          "lineQuantity", "starterkit.line.quantityRange", MAX_QUANTITY);
    }
    if (unitCost == null) {
      throw IncubatorException.onField("lineUnitCost", "field.required");
    }
    if (unitCost.isNegative()) {
      throw IncubatorException.onField("lineUnitCost", "starterkit.line.costNegative");
    }
    for (KitTemplateLine line : lines) {
      if (line.getArticle().equals(article)) {
        line.changeTo(quantity, unitCost);
        return;
      }
    }
    lines.add(new KitTemplateLine(this, article, quantity, unitCost));
  }

  public void remove(Long lineId) {
    requireDraft();
    if (!lines.removeIf(line -> Objects.equals(line.getId(), lineId))) {
      throw new IncubatorException("starterkit.line.notFound");
    }
  }

  public void publish(String note, String by, Instant when) {
    requireDraft();
    if (lines.isEmpty()) {
      throw new IncubatorException("starterkit.template.empty");
    }
    String why = note == null || note.isBlank() ? null : note.strip();
    if (why != null && why.length() > NOTE_LENGTH) {
      throw IncubatorException.onField("templateNote", "field.maxLength", NOTE_LENGTH);
    }
    this.note = why;
    this.status = TemplateStatus.PUBLISHED;
    this.publishedBy = by;
    this.publishedAt = when;
  }

  private void requireDraft() {
    if (status != TemplateStatus.DRAFT) {
      throw new IncubatorException("starterkit.template.published", number);
    }
  }

  /** What the kit costs: each line's quantity at its unit cost. */
  public Money getTotal() {
    return lines.stream().map(KitTemplateLine::getCost).reduce(Money.ZERO, Money::plus);
  }

  public boolean isDraft() {
    return status == TemplateStatus.DRAFT;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Trade getTrade() {
    return trade;
  }

  public int getNumber() {
    return number;
  }

  public TemplateStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<KitTemplateLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KitTemplate other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return KitTemplate.class.hashCode();
  }
}
