package org.incubator.grant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/** One line of a grant's use: what it pays for and how much. */
@Embeddable
public class GrantLine implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int DESCRIPTION_LENGTH = 200;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 20, nullable = false)
  private UseCategory category;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false))
  private Money amount;

  protected GrantLine() {}

  public GrantLine(UseCategory category, String description, Money amount) {
    this.category = Objects.requireNonNull(category, "category");
    this.description = description == null || description.isBlank() ? null : description.strip();
    if (this.description != null && this.description.length() > DESCRIPTION_LENGTH) {
      throw IncubatorException.onField("lines", "field.maxLength", DESCRIPTION_LENGTH);
    }
    this.amount = Objects.requireNonNull(amount, "amount");
  }

  public UseCategory getCategory() {
    return category;
  }

  public String getDescription() {
    return description;
  }

  public Money getAmount() {
    return amount;
  }
}
