package org.incubator.selection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;

/**
 * A group of admitted applicants of one call who are trained and coached together. It counts its
 * taken places and never holds more applicants than its capacity; admissions into one cohort are
 * taken one at a time (the services lock it).
 */
@Entity
@Table(name = "cohort")
public class Cohort {

  public static final int NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "starts_on", nullable = false)),
    @AttributeOverride(name = "end", column = @Column(name = "ends_on", nullable = false))
  })
  private DateRange period;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  /** How many places are taken; the database refuses more than the capacity as well. */
  @Column(name = "admitted", nullable = false)
  private int admitted;

  protected Cohort() {}

  public Cohort(CallForApplications call, String name, DateRange period, int capacity) {
    if (name == null || name.isBlank()) {
      throw IncubatorException.onField("name", "field.required");
    }
    if (capacity < 1 || capacity > call.getPlaces()) {
      throw IncubatorException.onField("capacity", "selection.cohort.capacity", call.getPlaces());
    }
    this.call = call;
    this.name = name.strip();
    this.period = Objects.requireNonNull(period, "period");
    this.capacity = capacity;
  }

  /** Takes one place, or refuses when the cohort is full. */
  void takePlace() {
    if (admitted >= capacity) {
      throw IncubatorException.onField("cohort", "selection.cohort.full", name, capacity);
    }
    admitted++;
  }

  void freePlace() {
    if (admitted > 0) {
      admitted--;
    }
  }

  public int getAdmitted() {
    return admitted;
  }

  public int getFreePlaces() {
    return capacity - admitted;
  }

  public boolean isFull() {
    return admitted >= capacity;
  }

  public Long getId() {
    return id;
  }

  public CallForApplications getCall() {
    return call;
  }

  public String getName() {
    return name;
  }

  public DateRange getPeriod() {
    return period;
  }

  public int getCapacity() {
    return capacity;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Cohort other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Cohort.class.hashCode();
  }
}
