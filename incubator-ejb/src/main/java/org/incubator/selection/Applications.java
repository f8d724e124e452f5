package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.applicant.ProjectHolder;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;

/**
 * Applications to calls, as mentors handle them. A mentor enters a paper application for a
 * registered holder; it is assessed against the call at once, and again whenever the call's rules
 * change, as long as nobody has decided on it. One application per holder and call, even when two
 * mentors enter it at the same moment. Mentors mark eligible applications on the call's grid and
 * put the fully marked ones before the committee.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class Applications {

  @Inject private Committee committee;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private PlaceOffers placeOffers;

  @Inject private Documents documents;

  @Inject private EarlierSupport earlierSupport;

  public Long applyOnPaper(@NotNull Long holderId, @NotNull Long callId) {
    ProjectHolder holder =
        Entities.get(em, ProjectHolder.class, holderId, "applicant.holder.notFound");
    CallForApplications call =
        Entities.get(em, CallForApplications.class, callId, "selection.call.notFound");
    if (holder.getAccount().isPresent() && !holder.isAccountConfirmed()) {
      // an online account that nobody checked yet must not receive what the centre records
      throw new IncubatorException(
          "applicant.claim.unconfirmedAccount", holder.getCin().getValue());
    }
    if (findFor(holderId, callId).isPresent()) {
      throw new IncubatorException(
          "selection.application.duplicate", holder.getCin().getValue(), call.getName());
    }
    // the application copies the holder's province, gender and trade: read as a holder's move
    // committed at this moment leaves them, which the move's own update cannot reach yet
    em.refresh(holder, LockModeType.PESSIMISTIC_READ);
    var application = Application.submittedOnPaper(holder, call, caller.name(), Instant.now());
    em.persist(application);
    Flushes.orDuplicate(
        em,
        "uq_application_call_holder",
        () ->
            new IncubatorException(
                "selection.application.duplicate", holder.getCin().getValue(), call.getName()));
    return application.getId();
  }

  public Optional<Application> findFor(@NotNull Long holderId, @NotNull Long callId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.holder.id = :holder AND a.call.id = :call",
            Application.class)
        .setParameter("holder", holderId)
        .setParameter("call", callId)
        .getResultStream()
        .findFirst();
  }

  public Application getApplication(@NotNull Long id) {
    return Entities.get(em, Application.class, id, "selection.application.notFound");
  }

  /** The holder's applications, latest call first. */
  public List<Application> ofHolder(@NotNull Long holderId) {
    return em.createQuery(
            "SELECT a FROM Application a JOIN FETCH a.call WHERE a.holder.id = :holder ORDER BY"
                + " a.call.period.end DESC, a.id DESC",
            Application.class)
        .setParameter("holder", holderId)
        .getResultList();
  }

  /**
   * Marks the application on its call's grid (criteria left out keep their mark); refused if
   * someone changed the application since {@code basedOnVersion}.
   */
  public void score(
      @NotNull Long applicationId, long basedOnVersion, @NotNull Map<Criterion, Integer> marks) {
    Application application = getApplication(applicationId);
    if (committee.hasConflict(applicationId, caller.name())) {
      throw new IncubatorException("selection.conflict.noScoring");
    }
    if (application.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    application.score(marks, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  public void shortlist(@NotNull Long applicationId) {
    getApplication(applicationId).shortlist(caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /**
   * Withdraws the application; a cohort place it frees is offered to the first on the waiting list.
   * Taking an admitted person out of their cohort needs a reason, kept in the history.
   */
  public void withdraw(@NotNull Long applicationId, String reason) {
    Application application = getApplication(applicationId);
    if (application.getStatus() == ApplicationStatus.ADMITTED
        && (reason == null || reason.isBlank())) {
      throw IncubatorException.onField("withdrawReason", "selection.withdraw.reasonRequired");
    }
    placeOffers.withdraw(application, caller.name(), reason);
    Flushes.orConflict(em);
  }

  /** Attaches a file brought on paper (a scan) to the application. */
  public Long attach(
      @NotNull Long applicationId, DocumentKind kind, String fileName, byte[] content) {
    return documents.attach(getApplication(applicationId), kind, fileName, content, caller.name());
  }

  public List<ApplicationDocument> documentsOf(@NotNull Long applicationId) {
    return documents.of(applicationId);
  }

  public DocumentContent openDocument(@NotNull Long documentId) {
    ApplicationDocument document = documents.find(documentId);
    return new DocumentContent(
        document.getFileName(), document.getMediaType(), documents.content(document));
  }

  /**
   * What the holder already received for other applications within the setting's years (see {@link
   * EarlierSupport}), newest first: the mentor is warned before supporting the same person twice.
   * Two reads whatever the history.
   */
  public List<SupportGiven> earlierSupport(@NotNull Long applicationId) {
    Application application = getApplication(applicationId);
    Timestamp since = Timestamp.from(earlierSupport.since());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT 'KIT', c.name, k.confirmed_at, NULL FROM participant p JOIN kit_handover"
                    + " k ON k.participant_id = p.id JOIN application o ON o.id = p.application_id"
                    + " JOIN call_for_applications c ON c.id = o.call_id WHERE p.holder_id = ? AND"
                    + " p.application_id <> ? AND k.status = 'CONFIRMED' AND k.confirmed_at >= ?"
                    + " UNION ALL SELECT 'GRANT', c.name, g.recorded_at, g.amount FROM application"
                    + " o JOIN grant_request r ON r.application_id = o.id JOIN grant_payment g ON"
                    + " g.request_id = r.id JOIN call_for_applications c ON c.id = o.call_id WHERE"
                    + " o.holder_id = ? AND o.id <> ? AND g.recorded_at >= ? ORDER BY 3 DESC")
            .setParameter(1, application.getHolder().getId())
            .setParameter(2, applicationId)
            .setParameter(3, since)
            .setParameter(4, application.getHolder().getId())
            .setParameter(5, applicationId)
            .setParameter(6, since)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                SupportGiven.of(
                    (String) row[0],
                    (String) row[1],
                    row[2] instanceof Timestamp at
                        ? at.toInstant()
                        : Timestamp.valueOf((LocalDateTime) row[2]).toInstant(),
                    (BigDecimal) row[3]))
        .toList();
  }

  public int repeatYears() {
    return earlierSupport.getYears();
  }

  /** Where a waiting application stands on its call's waiting list, 1 being next. */
  public long waitingPosition(@NotNull Long applicationId) {
    return placeOffers.waitingPosition(getApplication(applicationId));
  }

  /** The application's moves, oldest first. */
  public List<StatusChange> history(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT c FROM StatusChange c WHERE c.application.id = :id ORDER BY c.sequence",
            StatusChange.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /**
   * Reassesses the call's undecided applications against its current rules and brings their totals
   * in line with its grid; returns how many changed eligibility.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public int reassessUndecided(@NotNull CallForApplications call) {
    List<ApplicationStatus> undecidedStatuses =
        EnumSet.allOf(ApplicationStatus.class).stream()
            .filter(s -> s.isOpenToReassessment() || s == ApplicationStatus.SHORTLISTED)
            .toList();
    List<Application> undecided =
        em.createQuery(
                "SELECT a FROM Application a JOIN FETCH a.holder WHERE a.call = :call AND a.status"
                    + " IN :open",
                Application.class)
            .setParameter("call", call)
            .setParameter("open", undecidedStatuses)
            // all locked at once before any changes: the ranking's lock comes after the rows'
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Instant now = Instant.now();
    int changed = 0;
    for (Application application : undecided) {
      application.retotal();
      if (application.assess(caller.name(), now)) {
        changed++;
      }
    }
    return changed;
  }
}
