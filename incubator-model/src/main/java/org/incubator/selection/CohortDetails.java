package org.incubator.selection;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What the administrator types to form a cohort. */
public class CohortDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{field.required}")
  @Size(max = Cohort.NAME_LENGTH, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{field.required}")
  private LocalDate startsOn;

  @NotNull(message = "{field.required}")
  private LocalDate endsOn;

  @NotNull(message = "{field.required}")
  @Min(value = 1, message = "{selection.cohort.capacityPositive}")
  private Integer capacity;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
