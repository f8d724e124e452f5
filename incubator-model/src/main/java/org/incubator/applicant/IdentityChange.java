package org.incubator.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.incubator.identity.UserAccount;

/**
 * One change of a holder's identity (name, CIN, birth date, household income): who, when, from what
 * to what. Append-only.
 */
@Entity
@Table(name = "holder_identity_change")
public class IdentityChange {

  public static final int VALUE_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @Column(name = "field", length = 30, nullable = false, updatable = false)
  private String field;

  @Column(name = "old_value", length = VALUE_LENGTH, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_LENGTH, updatable = false)
  private String newValue;

  @Column(
      name = "changed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  protected IdentityChange() {}

  IdentityChange(
      ProjectHolder holder, String field, String oldValue, String newValue, String by, Instant at) {
    this.holder = Objects.requireNonNull(holder, "holder");
    this.field = Objects.requireNonNull(field, "field");
    this.oldValue = cut(oldValue);
    this.newValue = cut(newValue);
    this.by = Objects.requireNonNull(by, "by");
    this.at = Objects.requireNonNull(at, "at");
  }

  private static String cut(String value) {
    return value == null || value.length() <= VALUE_LENGTH
        ? value
        : value.substring(0, VALUE_LENGTH);
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }
}
