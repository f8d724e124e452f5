package org.incubator.coaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's story as it is told: the events of every part of the journey, newest first, at most
 * {@link #LATEST}. Events of one moment read as they followed one another: the later part of the
 * journey first (the journey's start above the admission that began it, an action above the session
 * that agreed it).
 */
public final class Story {

  /** The events a story shows at most, of one kind and of all kinds together. */
  public static final int LATEST = 60;

  private static final Comparator<StoryEvent> NEWEST_FIRST =
      Comparator.comparing(StoryEvent::at)
          .thenComparing(event -> event.kind().ordinal())
          .reversed();

  private final List<StoryEvent> events = new ArrayList<>();

  public Story add(StoryEvent event) {
    events.add(event);
    return this;
  }

  public List<StoryEvent> newestFirst() {
    return events.stream().sorted(NEWEST_FIRST).limit(LATEST).toList();
  }
}
