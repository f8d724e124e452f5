package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.DocumentContent;
import org.incubator.selection.DocumentStore;
import org.incubator.shared.Caller;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;

/**
 * The foundation's review of grant requests. A reviewer's inbox holds the submitted requests they
 * may still decide on, oldest first. Deciding is refused on a request the reviewer prepared, one
 * they declared a conflict of interest with, or one they already approved. The final approval
 * commits the amount against the envelope, locked so that approvals at the same moment can never
 * commit more than it holds.
 */
@Stateless
@RolesAllowed(Role.Names.REVIEWER)
public class GrantReview {

  /** The inbox's order: the longest waiting first. */
  private static final Comparator<InboxItem> LONGEST_WAITING_FIRST =
      Comparator.comparing(InboxItem::getSubmittedAt).thenComparing(InboxItem::getRequestId);

  /**
   * The requests waiting for the reviewer, in SQL: the inbox index (status, submitted_at, id) gives
   * them oldest first, and each exclusion is one look-up by key (written as outer joins: MariaDB
   * would turn NOT EXISTS into reading every approval for each page).
   */
  private static final String WAITING_FOR_ME =
      " FROM grant_request r LEFT JOIN grant_approval x ON x.request_id = r.id AND x.reviewer = ?1"
          + " LEFT JOIN grant_conflict k ON k.application_id = r.application_id AND k.reviewer = ?1"
          + " WHERE r.status = 'SUBMITTED' AND r.prepared_by <> ?1 AND x.request_id IS NULL AND"
          + " k.id IS NULL";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Programme programme;

  @Inject private DocumentStore store;

  @Inject private SecurityLog securityLog;

  /**
   * One page of the requests waiting for me, the longest waiting first, in one statement: its ids
   * from the inbox index (backwards from the end for a page nearer the end), as a derived table
   * those requests are joined to with their names.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<InboxItem> inbox(@NotNull PageRequest page) {
    var rows =
        em.createNativeQuery(
                "SELECT r.id, r.revision, h.first_name, h.last_name, c.name, r.amount, e.name,"
                    + " r.submitted_at, (SELECT COUNT(*) FROM grant_approval g WHERE g.request_id"
                    + " = r.id) FROM (SELECT r.id"
                    + WAITING_FOR_ME
                    + (page.isNearerTheEnd()
                        ? " ORDER BY r.submitted_at DESC, r.id DESC"
                        : " ORDER BY r.submitted_at, r.id")
                    + " LIMIT ?2 OFFSET ?3) page JOIN grant_request r ON r.id = page.id JOIN"
                    + " application a ON a.id = r.application_id JOIN project_holder h ON h.id ="
                    + " a.holder_id JOIN call_for_applications c ON c.id = a.call_id JOIN"
                    + " budget_envelope e ON e.id = r.envelope_id")
            .setParameter(1, caller.name())
            .setParameter(2, page.rowsToRead())
            .setParameter(3, page.rowsToSkip());
    List<InboxItem> items = new ArrayList<>();
    for (Object row : rows.getResultList()) {
      Object[] v = (Object[]) row;
      items.add(
          new InboxItem(
              ((Number) v[0]).longValue(),
              ((Number) v[1]).intValue(),
              (String) v[2],
              (String) v[3],
              (String) v[4],
              (BigDecimal) v[5],
              (String) v[6],
              instant(v[7]),
              ((Number) v[8]).longValue()));
    }
    items.sort(LONGEST_WAITING_FIRST);
    return items;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long inboxCount() {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*)" + WAITING_FOR_ME)
                .setParameter(1, caller.name())
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t
        ? t.toInstant()
        : ((LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
  }

  /**
   * Approves; when this is the last approval needed, commits the amount or refuses saying what the
   * envelope has left.
   */
  /**
   * A document of an entrepreneur whose grant request the reviewer reviews or decided: the business
   * plan and what a review needs ({@link ReviewerSight}), nothing else.
   */
  public DocumentContent openDocument(@NotNull Long documentId) {
    ApplicationDocument document =
        ReviewerSight.forDocuments(
                em.createQuery(
                    "SELECT d FROM ApplicationDocument d WHERE d.id = :id AND "
                        + ReviewerSight.DOCUMENT,
                    ApplicationDocument.class),
                caller.name())
            .setParameter("id", documentId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("selection.document.notFound", documentId));
    return new DocumentContent(
        document.getFileName(), document.getMediaType(), store.read(document.getStorageKey()));
  }

  public void approve(@NotNull Long id, String comment) {
    GrantRequest request = decidable(id);
    if (request.approve(
        caller.name(),
        comment,
        programme.settings().amount(Setting.TWO_REVIEWERS_ABOVE),
        Instant.now())) {
      BudgetEnvelope envelope = request.getEnvelope();
      em.refresh(envelope, LockModeType.PESSIMISTIC_WRITE);
      request.commitTo(envelope);
    }
    Flushes.orConflict(em);
    securityLog.recordOnCommit(
        SecurityEvent.GRANT_APPROVED, Map.of("request", id, "status", request.getStatus()));
  }

  public void reject(@NotNull Long id, String comment) {
    decidable(id).reject(caller.name(), comment, Instant.now());
    Flushes.orConflict(em);
    securityLog.recordOnCommit(SecurityEvent.GRANT_REJECTED, Map.of("request", id));
  }

  public void returnForChanges(@NotNull Long id, String comment) {
    decidable(id).returnForChanges(caller.name(), comment, Instant.now());
    Flushes.orConflict(em);
    securityLog.recordOnCommit(SecurityEvent.GRANT_RETURNED, Map.of("request", id));
  }

  /**
   * I cannot judge this entrepreneur: their requests leave my inbox and my decisions on them are
   * refused.
   */
  public void declareConflict(@NotNull Long id) {
    GrantRequest request = sentToFoundation(id);
    // the same declaration sent twice at once (a double click) is made once, without an error
    em.createNativeQuery(
            "INSERT INTO grant_conflict (application_id, reviewer, declared_at) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE reviewer = reviewer")
        .setParameter(1, request.getApplication().getId())
        .setParameter(2, caller.name())
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  /**
   * The request, locked until the decision is saved and read afresh: two reviewers deciding at the
   * same moment take turns, so the second sees the first one's approval.
   */
  private GrantRequest decidable(Long id) {
    GrantRequest request = sentToFoundation(id);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    if (hasConflict(request)) {
      throw new IncubatorException("grant.review.conflict");
    }
    return request;
  }

  /**
   * A request the foundation received, whether or not the reviewer may still read it: a reviewer
   * who declared a conflict is told so when deciding, rather than "not found".
   */
  private GrantRequest sentToFoundation(Long id) {
    GrantRequest request = em.find(GrantRequest.class, id);
    if (request == null || request.getSubmittedAt() == null) {
      throw new NotFoundException("grant.request.notFound", id);
    }
    return request;
  }

  private boolean hasConflict(GrantRequest request) {
    return em.createQuery(
                "SELECT COUNT(c) FROM GrantConflict c WHERE c.application = :application AND"
                    + " c.reviewer = :me",
                Long.class)
            .setParameter("application", request.getApplication())
            .setParameter("me", caller.name())
            .getSingleResult()
        > 0;
  }
}
