package org.incubator.training;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A cohort as the training's list shows it: its call, its period, how many of its people are still
 * in the programme, how many sessions are planned and held, and the next one.
 */
public final class CohortInTraining implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String name;
  private final String callName;
  private final LocalDate startsOn;
  private final LocalDate endsOn;
  private final int people;
  private final int active;
  private final int sessions;
  private final int held;
  private final LocalDate nextSession;

  public CohortInTraining(
      Long id,
      String name,
      String callName,
      LocalDate startsOn,
      LocalDate endsOn,
      int people,
      int active,
      int sessions,
      int held,
      LocalDate nextSession) {
    this.id = id;
    this.name = name;
    this.callName = callName;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.people = people;
    this.active = active;
    this.sessions = sessions;
    this.held = held;
    this.nextSession = nextSession;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCallName() {
    return callName;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  /** Everybody admitted into the cohort. */
  public int getPeople() {
    return people;
  }

  /** Those still following the programme. */
  public int getActive() {
    return active;
  }

  /** Sessions scheduled (not cancelled). */
  public int getSessions() {
    return sessions;
  }

  /** Sessions scheduled on a day already passed. */
  public int getHeld() {
    return held;
  }

  public LocalDate getNextSession() {
    return nextSession;
  }
}
