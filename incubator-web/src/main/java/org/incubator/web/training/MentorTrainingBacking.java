package org.incubator.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.CentreTime;
import org.incubator.training.PersonStanding;
import org.incubator.training.TrainingProgress;
import org.incubator.training.TrainingSession;
import org.incubator.training.TrainingSessions;

/**
 * On a mentor's home: their sessions today, the rolls of their sessions still open but not taken,
 * and the people of their cohorts whose training needs a look.
 */
@Named
@RequestScoped
public class MentorTrainingBacking {

  @Inject private TrainingSessions sessions;

  @Inject private Programme programme;

  @Inject private TrainingProgress progress;

  private List<TrainingSession> today;
  private List<TrainingSession> rollsToTake;
  private List<PersonStanding> toWatch;

  public void load() {
    LocalDate day = CentreTime.today();
    int open = programme.settings().number(Setting.ROLL_OPEN_DAYS);
    List<TrainingSession> mine = sessions.mineFrom(day.minusDays(open), day);
    today = mine.stream().filter(s -> s.getDay().equals(day)).toList();
    rollsToTake = mine.stream().filter(s -> s.getDay().isBefore(day)).toList();
    toWatch = progress.toWatch();
  }

  public List<PersonStanding> getToWatch() {
    return toWatch;
  }

  public List<TrainingSession> getToday() {
    return today;
  }

  public List<TrainingSession> getRollsToTake() {
    return rollsToTake;
  }
}
