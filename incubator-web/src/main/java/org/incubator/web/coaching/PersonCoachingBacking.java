package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.incubator.coaching.ActionDetails;
import org.incubator.coaching.ActionItem;
import org.incubator.coaching.ActionItems;
import org.incubator.coaching.ActionOwner;
import org.incubator.coaching.Caseloads;
import org.incubator.coaching.CoachingFiles;
import org.incubator.coaching.CoachingSession;
import org.incubator.coaching.CoachingSessions;
import org.incubator.coaching.MeetingStatus;
import org.incubator.coaching.SessionDetails;
import org.incubator.coaching.StoryEvent;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Participant;
import org.incubator.training.Participants;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.identity.StaffNames;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * One person's coaching, for the staff: a session recorded held in one form (a routine follow-up at
 * the business is the form as it opens), or planned and later recorded held or missed; the person's
 * sessions, the latest first; their open actions, done or dropped.
 */
@Named
@ViewScoped
public class PersonCoachingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Participants participants;

  @Inject private CoachingSessions sessions;

  @Inject private ActionItems actions;

  @Inject private Caseloads caseloads;

  @Inject private CoachingFiles files;

  @Inject private CurrentUser currentUser;

  @Inject private StaffNames names;

  private String idParameter;
  private Long id;
  private Participant person;
  private boolean callerLeads;
  private SessionLazyModel sessionList;
  private List<ActionItem> open;
  private List<StoryEvent> story;
  private long minutesHeld;
  private SessionDetails details;
  private Long holdingId;
  private long holdingVersion;
  private String missedReason;
  private String dropReason;

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "training.participant.notFound");
      person = participants.getParticipant(id);
      callerLeads = caseloads.callerLeads(id);
      sessionList = new SessionLazyModel(sessions, names, id);
      newForm();
    }
    if (open == null) {
      open = actions.open(id);
      story = files.story(id);
      minutesHeld = sessions.minutesHeld(id);
    }
  }

  private void newForm() {
    details = SessionDetails.followUpNow(CentreTime.today(), CentreTime.time());
    details.setActions(blankActions());
    holdingId = null;
  }

  private static List<ActionDetails> blankActions() {
    List<ActionDetails> lines = new ArrayList<>();
    for (int i = 0; i < CoachingSessions.ACTION_LINES; i++) {
      lines.add(new ActionDetails(null, ActionOwner.ENTREPRENEUR, null));
    }
    return lines;
  }

  /** Records the form's session as held: a new one, or the planned one being completed. */
  public void recordHeld() {
    try {
      if (holdingId == null) {
        sessions.record(id, details);
      } else {
        sessions.hold(holdingId, holdingVersion, details);
      }
      Messages.info("coaching.session.recorded");
      afterChange();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public void plan() {
    try {
      sessions.plan(id, details);
      Messages.info("coaching.session.planned");
      afterChange();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /** Opens a planned session in the form, to record it held. */
  public void startHolding(CoachingSession session) {
    details = SessionDetails.of(session);
    details.setMinutes(30);
    details.setActions(blankActions());
    holdingId = session.getId();
    holdingVersion = session.getVersion();
  }

  public void cancelHolding() {
    newForm();
  }

  public void noShow(CoachingSession session) {
    miss(session, MeetingStatus.NO_SHOW);
  }

  public void cancel(CoachingSession session) {
    miss(session, MeetingStatus.CANCELLED);
  }

  private void miss(CoachingSession session, MeetingStatus how) {
    try {
      sessions.miss(session.getId(), session.getVersion(), how, missedReason);
      Messages.info("coaching.session.missedRecorded");
      missedReason = null;
      afterChange();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public void done(ActionItem item) {
    try {
      actions.done(item.getId(), item.getVersion());
      Messages.info("coaching.action.doneRecorded");
      afterChange();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public void drop(ActionItem item) {
    try {
      actions.drop(item.getId(), item.getVersion(), dropReason);
      Messages.info("coaching.action.droppedRecorded");
      dropReason = null;
      afterChange();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  private void afterChange() {
    newForm();
    open = actions.open(id);
    story = files.story(id);
    minutesHeld = sessions.minutesHeld(id);
  }

  /**
   * Whether the caller may close this action: a mentor's, or the entrepreneur's when leading; the
   * administrator reads the page only.
   */
  public boolean closable(ActionItem item) {
    return currentUser.is("MENTOR") && (item.getOwner() == ActionOwner.MENTOR || callerLeads);
  }

  public boolean overdue(ActionItem item) {
    return item.isOverdueOn(CentreTime.today());
  }

  public List<ActionDetails> getActionLines() {
    return details.getActions();
  }

  public Participant getPerson() {
    return person;
  }

  public SessionLazyModel getSessions() {
    return sessionList;
  }

  /** The time spent with the person in sessions held, in hours and minutes. */
  public Duration getTimeSpent() {
    return Duration.ofMinutes(minutesHeld);
  }

  public List<StoryEvent> getStory() {
    return story;
  }

  public List<ActionItem> getOpen() {
    return open;
  }

  public SessionDetails getDetails() {
    return details;
  }

  public boolean isHolding() {
    return holdingId != null;
  }

  public boolean isCallerLeads() {
    return callerLeads;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public String getMissedReason() {
    return missedReason;
  }

  public void setMissedReason(String missedReason) {
    this.missedReason = missedReason;
  }

  public String getDropReason() {
    return dropReason;
  }

  public void setDropReason(String dropReason) {
    this.dropReason = dropReason;
  }
}
