package org.incubator.coaching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A coaching session as the form holds it: when, where and what kind (to plan it), and what
 * happened (to record it held), with the actions agreed.
 */
public class SessionDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private CoachingKind kind = CoachingKind.FOLLOW_UP;
  private LocalDate day;
  private LocalTime startsAt;
  private MeetingPlace place = MeetingPlace.AT_BUSINESS;
  private Integer minutes;
  private String topics;
  private String notes;
  private Counterpart counterpart;
  private String counterpartName;
  private DealOutcome outcome;
  private BigDecimal outcomeValue;
  private List<ActionDetails> actions = new ArrayList<>();

  /** A routine follow-up at the business, today, now, half an hour: what a phone form starts at. */
  public static SessionDetails followUpNow(LocalDate today, LocalTime now) {
    var details = new SessionDetails();
    details.day = today;
    details.startsAt = now.withSecond(0).withNano(0);
    details.minutes = 30;
    return details;
  }

  public static SessionDetails of(CoachingSession session) {
    var details = new SessionDetails();
    details.kind = session.getKind();
    details.day = session.getDay();
    details.startsAt = session.getStartsAt();
    details.place = session.getPlace();
    details.minutes = session.getMinutes();
    details.topics = session.getTopics();
    details.notes = session.getNotes();
    details.counterpart = session.getCounterpart();
    details.counterpartName = session.getCounterpartName();
    details.outcome = session.getOutcome();
    details.outcomeValue =
        session.getOutcomeValue() == null ? null : session.getOutcomeValue().getAmount();
    return details;
  }

  public CoachingKind getKind() {
    return kind;
  }

  public void setKind(CoachingKind kind) {
    this.kind = kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalTime startsAt) {
    this.startsAt = startsAt;
  }

  public MeetingPlace getPlace() {
    return place;
  }

  public void setPlace(MeetingPlace place) {
    this.place = place;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Counterpart getCounterpart() {
    return counterpart;
  }

  public void setCounterpart(Counterpart counterpart) {
    this.counterpart = counterpart;
  }

  public String getCounterpartName() {
    return counterpartName;
  }

  public void setCounterpartName(String counterpartName) {
    this.counterpartName = counterpartName;
  }

  public DealOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DealOutcome outcome) {
    this.outcome = outcome;
  }

  public BigDecimal getOutcomeValue() {
    return outcomeValue;
  }

  public void setOutcomeValue(BigDecimal outcomeValue) {
    this.outcomeValue = outcomeValue;
  }

  public List<ActionDetails> getActions() {
    return actions;
  }

  public void setActions(List<ActionDetails> actions) {
    this.actions = actions;
  }
}
