package org.incubator.training;

import java.io.Serializable;
import java.time.Instant;
import org.incubator.applicant.Gender;

/** A person of a cohort as its lists show them, read with their name in one statement. */
public final class ParticipantSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final Long holderId;
  private final String cin;
  private final String firstName;
  private final String lastName;
  private final Gender gender;
  private final JourneyStage stage;
  private final Instant since;

  public ParticipantSummary(
      Long id,
      Long holderId,
      String cin,
      String firstName,
      String lastName,
      Gender gender,
      JourneyStage stage,
      Instant since) {
    this.id = id;
    this.holderId = holderId;
    this.cin = cin;
    this.firstName = firstName;
    this.lastName = lastName;
    this.gender = gender;
    this.stage = stage;
    this.since = since;
  }

  /** The summary of a person already read with their holder. */
  static ParticipantSummary of(Participant p) {
    return new ParticipantSummary(
        p.getId(),
        p.getHolder().getId(),
        p.getHolder().getCin().getValue(),
        p.getHolder().getFirstName(),
        p.getHolder().getLastName(),
        p.getHolder().getGender(),
        p.getStage(),
        p.getSince());
  }

  public Long getId() {
    return id;
  }

  public Long getHolderId() {
    return holderId;
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

  public Gender getGender() {
    return gender;
  }

  public JourneyStage getStage() {
    return stage;
  }

  public Instant getSince() {
    return since;
  }

  public boolean isActive() {
    return stage.isActive();
  }
}
