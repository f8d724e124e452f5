package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.incubator.applicant.ClaimStatus;
import org.incubator.applicant.DetailsProperties;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;

/**
 * An entrepreneur's own applications: applying online to an open call (a draft kept until it is
 * submitted), then following it. Every read goes through the signed-in account: an application of
 * somebody else is answered as not found, whatever id is asked for.
 */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyApplications {

  @Inject private Validator validator;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private PlaceOffers placeOffers;

  @Inject private ProjectHolderRegister register;

  @Inject private Documents documents;

  /** The calls open today, the soonest closing first: what an applicant can apply to now. */
  public List<CallForApplications> openCalls() {
    LocalDate today = CentreTime.today();
    return em.createQuery(
            "SELECT c FROM CallForApplications c WHERE c.period.start <= :today AND c.period.end >="
                + " :today ORDER BY c.period.end, c.id",
            CallForApplications.class)
        .setParameter("today", today)
        .getResultList();
  }

  /**
   * What I typed so far for this call: my draft, else my file as the centre has it, else nothing.
   */
  public ProjectHolderDetails draft(@NotNull Long callId) {
    return findDraft(callId)
        .map(ApplicationDraft::getDetails)
        .or(() -> register.ownHolder().map(ProjectHolder::toDetails))
        .orElseGet(ProjectHolderDetails::new);
  }

  public Optional<Instant> draftSavedAt(@NotNull Long callId) {
    return findDraft(callId).map(ApplicationDraft::getSavedAt);
  }

  /** Keeps what I typed, complete or not, to come back to it later. */
  public void saveDraft(@NotNull Long callId, @NotNull ProjectHolderDetails typed) {
    refuseWhatCannotBeKept(typed);
    CallForApplications call = openCall(callId);
    refuseIfApplied(call);
    Instant now = Instant.now();
    ApplicationDraft draft =
        findDraft(callId)
            .orElseGet(
                () -> {
                  var started = new ApplicationDraft(caller.name(), call, now);
                  em.persist(started);
                  return started;
                });
    draft.keep(typed, now);
    Flushes.orConflict(em);
  }

  /**
   * A draft is kept as typed, rules of the form aside, but never longer than its fields hold nor
   * with a number bigger than its column: those are refused on their field.
   */
  private void refuseWhatCannotBeKept(ProjectHolderDetails typed) {
    validator.validate(typed).stream()
        .filter(
            v ->
                v.getConstraintDescriptor().getAnnotation() instanceof Size
                    || v.getConstraintDescriptor().getAnnotation() instanceof Digits)
        .min(
            Comparator.comparing(
                v -> DetailsProperties.names().indexOf(v.getPropertyPath().toString())))
        .ifPresent(
            v -> {
              String field = v.getPropertyPath().toString();
              throw v.getConstraintDescriptor().getAnnotation() instanceof Size size
                  ? IncubatorException.onField(field, "field.maxLength", size.max())
                  : IncubatorException.onField(field, "applicant.money.format");
            });
  }

  /**
   * Sends my application: my file is registered (or brought up to date) from what I typed, the
   * application is submitted and assessed at once, and the draft is gone. Returns its id.
   */
  public Long submit(@NotNull Long callId, @NotNull @Valid ProjectHolderDetails details) {
    CallForApplications call = openCall(callId);
    refuseIfApplied(call);
    ProjectHolder holder = register.registerOwn(details, decidedOnMe());
    Optional<ApplicationDraft> draft = findDraft(callId);
    Instant now = Instant.now();
    var application =
        Application.submittedOnline(
            holder,
            call,
            draft.map(ApplicationDraft::getStartedAt).orElse(now),
            caller.name(),
            now);
    em.persist(application);
    draft.ifPresent(em::remove);
    Flushes.orDuplicate(
        em,
        "uq_application_call_holder",
        () -> new IncubatorException("selection.application.alreadyApplied", call.getName()));
    return application.getId();
  }

  private CallForApplications openCall(Long callId) {
    CallForApplications call =
        Entities.get(em, CallForApplications.class, callId, "selection.call.notFound");
    if (!call.isOpenOn(CentreTime.today())) {
      throw new IncubatorException("selection.call.notOpen", call.getName());
    }
    return call;
  }

  private void refuseIfApplied(CallForApplications call) {
    boolean applied =
        em.createQuery(
                    "SELECT COUNT(a) FROM Application a WHERE a.call = :call AND a.holder.account ="
                        + " :me",
                    Long.class)
                .setParameter("call", call)
                .setParameter("me", caller.name())
                .getSingleResult()
            > 0;
    if (applied) {
      throw new IncubatorException("selection.application.alreadyApplied", call.getName());
    }
  }

  private Optional<ApplicationDraft> findDraft(Long callId) {
    return em.createQuery(
            "SELECT d FROM ApplicationDraft d WHERE d.account = :me AND d.call.id = :call",
            ApplicationDraft.class)
        .setParameter("me", caller.name())
        .setParameter("call", callId)
        .getResultStream()
        .findFirst();
  }

  /** Attaches a file to my application: a PDF, JPEG or PNG (by its content), of limited size. */
  public Long attach(
      @NotNull Long applicationId, DocumentKind kind, String fileName, byte[] content) {
    return documents.attachOwn(get(applicationId), kind, fileName, content, caller.name());
  }

  public List<ApplicationDocument> documentsOf(@NotNull Long applicationId) {
    return documents.of(get(applicationId).getId());
  }

  /** One of my documents with its bytes; somebody else's is not found. */
  public DocumentContent openDocument(@NotNull Long documentId) {
    ApplicationDocument document = documents.find(documentId);
    get(document.getApplication().getId());
    return new DocumentContent(
        document.getFileName(), document.getMediaType(), documents.content(document));
  }

  /**
   * What my account may read of a file linked to it ({@code a.holder.account = :me}): all of it
   * once a mentor confirmed who I am, before that only the applications I sent myself.
   */
  private static final String MINE =
      "(a.holder.accountConfirmed = TRUE OR EXISTS (SELECT c FROM StatusChange c WHERE"
          + " c.application = a AND c.sequence = 1 AND c.changedBy = :me))";

  /**
   * Whether my file waits for a mentor to confirm my identity (I bring my CIN card to the centre).
   */
  public boolean identityToConfirm() {
    return em.createQuery(
                "SELECT COUNT(c) FROM IdentityClaim c WHERE c.account = :me AND c.status ="
                    + " :waiting",
                Long.class)
            .setParameter("me", caller.name())
            .setParameter("waiting", ClaimStatus.TO_CONFIRM)
            .getSingleResult()
        > 0;
  }

  /** My applications, latest call first. */
  public List<Application> mine() {
    return em.createQuery(
            "SELECT a FROM Application a JOIN FETCH a.call WHERE a.holder.account = :me AND "
                + MINE
                + " ORDER BY a.call.period.end DESC, a.id DESC",
            Application.class)
        .setParameter("me", caller.name())
        .getResultList();
  }

  public Application get(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.id = :id AND a.holder.account = :me AND " + MINE,
            Application.class)
        .setParameter("id", applicationId)
        .setParameter("me", caller.name())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("selection.application.notFound", applicationId));
  }

  /** What happened to my application, oldest first. */
  public List<StatusChange> history(@NotNull Long applicationId) {
    return get(applicationId).getHistory();
  }

  public long waitingPosition(@NotNull Long applicationId) {
    return placeOffers.waitingPosition(get(applicationId));
  }

  public void withdraw(@NotNull Long applicationId) {
    placeOffers.withdraw(get(applicationId), caller.name(), null);
    Flushes.orConflict(em);
  }

  /**
   * Whether a committee ever decided on one of my applications (admitted, waiting list, declined).
   */
  private boolean decidedOnMe() {
    return em.createQuery(
                "SELECT COUNT(c) FROM StatusChange c WHERE c.application.holder.account = :me AND"
                    + " c.to IN :decisions",
                Long.class)
            .setParameter("me", caller.name())
            .setParameter(
                "decisions",
                List.of(
                    ApplicationStatus.ADMITTED,
                    ApplicationStatus.WAITING,
                    ApplicationStatus.DECLINED))
            .getSingleResult()
        > 0;
  }
}
