package org.incubator.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a mentor types to schedule or reschedule a session: the module, the day and the hours, the
 * place, who trains (a mentor, or an outside trainer by name) and the mentor who takes the roll.
 */
public class SessionPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long moduleId;
  private LocalDate day;
  private LocalTime startsAt;
  private LocalTime endsAt;
  private String place;
  private String trainer;
  private String outsideTrainer;
  private String responsible;
  private String reason;

  public static SessionPlan of(TrainingSession session) {
    var plan = new SessionPlan();
    plan.moduleId = session.getModule().getId();
    plan.day = session.getDay();
    plan.startsAt = session.getStartsAt();
    plan.endsAt = session.getEndsAt();
    plan.place = session.getPlace();
    plan.trainer = session.getTrainer().orElse(null);
    plan.outsideTrainer = session.getOutsideTrainer().orElse(null);
    plan.responsible = session.getResponsible();
    return plan;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
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

  public LocalTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }

  public String getOutsideTrainer() {
    return outsideTrainer;
  }

  public void setOutsideTrainer(String outsideTrainer) {
    this.outsideTrainer = outsideTrainer;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  /** Why a session is moved (required when rescheduling). */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
