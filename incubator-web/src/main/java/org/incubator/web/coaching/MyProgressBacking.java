package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.coaching.ActionItem;
import org.incubator.coaching.ActionOwner;
import org.incubator.coaching.LeadContact;
import org.incubator.coaching.MyCoaching;
import org.incubator.coaching.StoryEvent;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.training.JourneyStage;
import org.incubator.web.shared.Messages;

/**
 * "My progress", the entrepreneur's own: their lead mentor and how to reach them, and their open
 * actions, each marked done with one tap.
 */
@Named
@ViewScoped
public class MyProgressBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyCoaching mine;

  private LeadContact lead;
  private List<ActionItem> actions;
  private List<StoryEvent> story;
  private JourneyStage stage;

  public void load() {
    lead = mine.leadMentor().orElse(null);
    actions = mine.openActions();
    story = mine.story();
    stage = mine.stage().orElse(null);
  }

  public void done(ActionItem item) {
    try {
      mine.done(item.getId());
      Messages.info("my.progress.doneThanks");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    actions = mine.openActions();
    story = mine.story();
  }

  public boolean mineToDo(ActionItem item) {
    return item.getOwner() == ActionOwner.ENTREPRENEUR;
  }

  public boolean overdue(ActionItem item) {
    return item.isOverdueOn(CentreTime.today());
  }

  public List<StoryEvent> getStory() {
    return story;
  }

  /** Where I stand, and so what comes next; none before admission. */
  public JourneyStage getStage() {
    return stage;
  }

  public LeadContact getLead() {
    return lead;
  }

  public List<ActionItem> getActions() {
    return actions;
  }
}
