package org.incubator.applicant;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the register as the list shows it, read in a single query with names in the user's
 * language. A class with getters rather than a record: Jakarta Expression Language 5 reads bean
 * properties, and the table sorts and filters by property name.
 */
public final class ProjectHolderSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String cin;
  private final String firstName;
  private final String lastName;
  private final Gender gender;
  private final String provinceName;
  private final String regionName;
  private final Trade trade;
  private final String projectTitle;
  private final Instant registeredAt;

  public ProjectHolderSummary(
      Long id,
      String cin,
      String firstName,
      String lastName,
      Gender gender,
      String provinceName,
      String regionName,
      Trade trade,
      String projectTitle,
      Instant registeredAt) {
    this.id = id;
    this.cin = cin;
    this.firstName = firstName;
    this.lastName = lastName;
    this.gender = gender;
    this.provinceName = provinceName;
    this.regionName = regionName;
    this.trade = trade;
    this.projectTitle = projectTitle;
    this.registeredAt = registeredAt;
  }

  public Long getId() {
    return id;
  }

  public String getCin() {
    return cin;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public Gender getGender() {
    return gender;
  }

  public String getProvinceName() {
    return provinceName;
  }

  public String getRegionName() {
    return regionName;
  }

  public Trade getTrade() {
    return trade;
  }

  public String getProjectTitle() {
    return projectTitle;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
