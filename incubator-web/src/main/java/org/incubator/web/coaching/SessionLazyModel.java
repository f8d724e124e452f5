package org.incubator.web.coaching;

import java.util.List;
import java.util.Map;
import org.incubator.coaching.CoachingSession;
import org.incubator.coaching.CoachingSessions;
import org.incubator.shared.PageRequest;
import org.incubator.web.identity.StaffNames;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/**
 * One person's coaching sessions, the latest first, paged by the database; the names of a page's
 * mentors read with it, in one statement.
 */
public class SessionLazyModel extends DatabaseLazyModel<CoachingSession, Long> {

  private static final long serialVersionUID = 1L;

  private final transient CoachingSessions sessions;
  private final transient StaffNames names;
  private final Long participantId;

  public SessionLazyModel(CoachingSessions sessions, StaffNames names, Long participantId) {
    this.sessions = sessions;
    this.names = names;
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
    List<CoachingSession> rows = sessions.page(participantId, page);
    names.know(rows.stream().map(CoachingSession::getMentor).toList());
    return rows;
  }

  @Override
  protected Object keyOf(CoachingSession row) {
    return row.getId();
  }
}
