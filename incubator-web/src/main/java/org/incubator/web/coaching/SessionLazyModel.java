package org.incubator.web.coaching;

import java.util.List;
import java.util.Map;
import org.incubator.coaching.CoachingSession;
import org.incubator.coaching.CoachingSessions;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** One person's coaching sessions, the latest first, paged by the database. */
public class SessionLazyModel extends DatabaseLazyModel<CoachingSession, Long> {

  private static final long serialVersionUID = 1L;

  private final transient CoachingSessions sessions;
  private final Long participantId;

  public SessionLazyModel(CoachingSessions sessions, Long participantId) {
    this.sessions = sessions;
    this.participantId = participantId;
  }

  @Override
  protected Long filterOf(Map<String, FilterMeta> filterBy) {
    return participantId;
  }

  @Override
  protected long countOf(Long participantId) {
    return sessions.count(participantId);
  }

  @Override
  protected List<CoachingSession> pageOf(Long participantId, PageRequest page) {
    return sessions.page(participantId, page);
  }

  @Override
  protected Object keyOf(CoachingSession row) {
    return row.getId();
  }
}
