package org.incubator.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.incubator.applicant.ProjectHolder;

/** One change of the programme's settings: who, when, before and after (the database refuses to edit or delete it). */
@Entity
@Table(name = "programme_settings_change")
public class SettingsChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "changed_by", length = ProjectHolder.USERNAME_LENGTH, nullable = false, updatable = false)
  private String by;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "old_value", length = 1000, nullable = false, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = 1000, nullable = false, updatable = false)
  private String newValue;

  protected SettingsChange() {}

  public SettingsChange(String by, Instant at, String oldValue, String newValue) {
    this.by = by;
    this.at = at;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public Long getId() {
    return id;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
