package org.incubator.web.training;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.incubator.training.TrainingModule;
import org.incubator.training.TrainingSession;

/** A module of the curriculum a cohort follows, against the hours its sessions plan and held. */
public final class ModuleProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient TrainingModule module;
  private final Duration scheduled;
  private final Duration held;

  private ModuleProgress(TrainingModule module, Duration scheduled, Duration held) {
    this.module = module;
    this.scheduled = scheduled;
    this.held = held;
  }

  static List<ModuleProgress> of(
      List<TrainingModule> modules, List<TrainingSession> sessions, LocalDateTime now) {
    return modules.stream()
        .map(
            module -> {
              List<TrainingSession> its =
                  sessions.stream()
                      .filter(TrainingSession::isScheduled)
                      .filter(s -> s.getModule().equals(module))
                      .toList();
              return new ModuleProgress(
                  module,
                  its.stream()
                      .map(TrainingSession::getLength)
                      .reduce(Duration.ZERO, Duration::plus),
                  its.stream()
                      .filter(s -> !s.getDay().atTime(s.getEndsAt()).isAfter(now))
                      .map(TrainingSession::getLength)
                      .reduce(Duration.ZERO, Duration::plus));
            })
        .toList();
  }

  public TrainingModule getModule() {
    return module;
  }

  public Duration getScheduled() {
    return scheduled;
  }

  public Duration getHeld() {
    return held;
  }

  /** Whether the sessions planned fall short of the hours the module plans. */
  public boolean isShort() {
    return scheduled.compareTo(Duration.ofHours(module.getPlannedHours())) < 0;
  }
}
