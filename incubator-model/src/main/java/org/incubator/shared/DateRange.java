package org.incubator.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A period of whole days, both ends included; it never ends before it starts. */
@Embeddable
public class DateRange implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "starts_on", nullable = false)
  private LocalDate start;

  @Column(name = "ends_on", nullable = false)
  private LocalDate end;

  protected DateRange() {}

  public DateRange(LocalDate start, LocalDate end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw IncubatorException.onField("end", "dateRange.endBeforeStart");
    }
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange other && start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
