package org.incubator.grant;

import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import org.incubator.selection.DocumentKind;

/**
 * What a foundation reviewer may see, the one rule every entry point applies (the request page, its
 * trail and tranches, documents, letters): requests sent to the foundation that they have not
 * declared a conflict on; of an entrepreneur's documents, only the kinds a review needs, while a
 * request is under review or once they decided on it. Anything else answers "not found", like an id
 * that does not exist.
 */
final class ReviewerSight {

  /** A request {@code r} the reviewer {@code :me} may read. */
  static final String REQUEST =
      "r.submittedAt IS NOT NULL AND NOT EXISTS (SELECT k FROM GrantConflict k WHERE k.application"
          + " = r.application AND k.reviewer = :me)";

  /** A document {@code d} the reviewer {@code :me} may open. */
  static final String DOCUMENT =
      "d.kind IN :reviewKinds AND EXISTS (SELECT r FROM GrantRequest r WHERE r.application ="
          + " d.application AND "
          + REQUEST
          + " AND (r.status = :underReview OR EXISTS (SELECT e FROM GrantEvent e WHERE e.request ="
          + " r AND e.doneBy = :me AND e.action IN :decisions)))";

  /** The trail's actions that are a reviewer's decision. */
  private static final List<GrantAction> DECISIONS =
      Arrays.stream(GrantAction.values()).filter(GrantAction::isDecision).toList();

  private ReviewerSight() {}

  static <T> TypedQuery<T> forRequests(TypedQuery<T> query, String me) {
    return query.setParameter("me", me);
  }

  static <T> TypedQuery<T> forDocuments(TypedQuery<T> query, String me) {
    return query
        .setParameter("me", me)
        .setParameter("reviewKinds", DocumentKind.forReview())
        .setParameter("underReview", GrantStatus.SUBMITTED)
        .setParameter("decisions", DECISIONS);
  }
}
