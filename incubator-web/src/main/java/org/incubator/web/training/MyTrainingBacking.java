package org.incubator.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.incubator.shared.CentreTime;
import org.incubator.training.MyTraining;
import org.incubator.training.OwnTraining;
import org.incubator.training.TrainingSession;

/** "My training": my cohort's schedule, my attendance module by module, what I still need. */
@Named
@RequestScoped
public class MyTrainingBacking {

  @Inject private MyTraining myTraining;

  private OwnTraining mine;

  public void load() {
    mine = myTraining.view().orElse(null);
  }

  public OwnTraining getMine() {
    return mine;
  }

  /** The sessions to come, the next first. */
  public List<TrainingSession> getComing() {
    LocalDateTime now = CentreTime.now();
    return mine.getSessions().stream()
        .filter(TrainingSession::isScheduled)
        .filter(s -> s.getDay().atTime(s.getEndsAt()).isAfter(now))
        .toList();
  }

  /** The sessions over, the latest first, with my mark. */
  public List<TrainingSession> getPast() {
    LocalDateTime now = CentreTime.now();
    return mine.getSessions().stream()
        .filter(TrainingSession::isScheduled)
        .filter(s -> !s.getDay().atTime(s.getEndsAt()).isAfter(now))
        .sorted((a, b) -> b.getDay().compareTo(a.getDay()))
        .toList();
  }
}
