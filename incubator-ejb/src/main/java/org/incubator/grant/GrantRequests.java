package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.programme.Programme;
import org.incubator.programme.ProgrammeSettings;
import org.incubator.programme.Setting;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.DocumentKind;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;

/**
 * Grant requests as mentors prepare them for admitted entrepreneurs: prepared, submitted for
 * review, withdrawn until decided, and prepared again as a new version when returned.
 */
@Stateless
@RolesAllowed(Role.Names.MENTOR)
public class GrantRequests {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Programme programme;

  @Inject private Envelopes envelopes;

  @Inject private Milestones milestones;

  public Long prepare(
      @NotNull Long applicationId,
      Long envelopeId,
      List<GrantLineDetails> lines,
      String justification) {
    Application application =
        Entities.get(em, Application.class, applicationId, "selection.application.notFound");
    if (envelopeId == null) {
      throw IncubatorException.onField("envelope", "field.required");
    }
    refuseOpenRequest(applicationId);
    ProgrammeSettings settings = programme.settings();
    var request =
        GrantRequest.prepare(
            application,
            envelopes.getEnvelope(envelopeId),
            lines(lines),
            justification,
            settings.plan(Setting.TRANCHE_PLAN),
            settings.amount(Setting.GRANT_CEILING),
            caller.name(),
            Instant.now());
    request.numberAfter(
        em.createQuery(
                "SELECT COALESCE(MAX(r.revision), 0) FROM GrantRequest r WHERE r.application ="
                    + " :application",
                Integer.class)
            .setParameter("application", application)
            .getSingleResult());
    em.persist(request);
    flushOrAlreadyOpen();
    return request.getId();
  }

  /**
   * Two mentors preparing a request for one entrepreneur at the same moment: the second is told one
   * is open.
   */
  private void flushOrAlreadyOpen() {
    Flushes.orDuplicate(
        em, "uq_grant_request_revision", () -> new IncubatorException("grant.request.alreadyOpen"));
  }

  /**
   * Sends the request to the reviewers, with the business plan attached to the application and,
   * unless the programme says otherwise, once the entrepreneur's training is complete.
   */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
  public void submit(@NotNull Long id) {
    GrantRequest request = ownLocked(id);
    if (documentsOf(id).stream().noneMatch(d -> d.getKind() == DocumentKind.BUSINESS_PLAN)) {
      throw new IncubatorException("grant.request.businessPlanMissing");
    }
    if (waitsForTraining(request.getApplication())) {
      throw new IncubatorException("grant.request.trainingIncomplete");
    }
    request.submit(caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /** Whether the request cannot go to review before the entrepreneur's training is complete. */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
  public boolean waitsForTraining(@NotNull Long id) {
    return waitsForTraining(getRequest(id).getApplication());
  }

  private boolean waitsForTraining(Application application) {
    return programme.settings().yes(Setting.TRAINING_BEFORE_GRANT)
        && !milestones.reached(application).contains(Milestone.TRAINING_ATTENDED);
  }

  @RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
  public void withdraw(@NotNull Long id) {
    ownLocked(id).withdraw(caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /**
   * A returned request comes back as its next version; the returned one stays as the reviewer saw
   * it.
   */
  public Long reviseAfterReturn(
      @NotNull Long id, List<GrantLineDetails> lines, String justification) {
    GrantRequest returned = getRequest(id);
    refuseOpenRequest(returned.getApplication().getId());
    ProgrammeSettings settings = programme.settings();
    GrantRequest next =
        returned.reviseAfterReturn(
            lines(lines),
            justification,
            settings.plan(Setting.TRANCHE_PLAN),
            settings.amount(Setting.GRANT_CEILING),
            caller.name(),
            Instant.now());
    em.persist(next);
    flushOrAlreadyOpen();
    return next.getId();
  }

  /** A request by its id; for a reviewer, only one {@link ReviewerSight} lets them read. */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.REVIEWER, Role.Names.ADMIN})
  public GrantRequest getRequest(@NotNull Long id) {
    Optional<GrantRequest> request =
        isReviewer()
            ? ReviewerSight.forRequests(
                    em.createQuery(
                        "SELECT r FROM GrantRequest r WHERE r.id = :id AND "
                            + ReviewerSight.REQUEST,
                        GrantRequest.class),
                    caller.name())
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
            : Optional.ofNullable(em.find(GrantRequest.class, id));
    return request.orElseThrow(() -> new NotFoundException("grant.request.notFound", id));
  }

  /** The entrepreneur's requests, the latest version first. */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
  public List<GrantRequest> ofApplication(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT r FROM GrantRequest r WHERE r.application.id = :id ORDER BY r.revision DESC,"
                + " r.id DESC",
            GrantRequest.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /**
   * The documents of the entrepreneur's file (the business plan among them) shown with the request;
   * a reviewer gets only those {@link ReviewerSight} opens to them.
   */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.REVIEWER, Role.Names.ADMIN})
  public List<ApplicationDocument> documentsOf(@NotNull Long id) {
    GrantRequest request = getRequest(id);
    if (isReviewer()) {
      return ReviewerSight.forDocuments(
              em.createQuery(
                  "SELECT d FROM ApplicationDocument d WHERE d.application = :application AND "
                      + ReviewerSight.DOCUMENT
                      + " ORDER BY d.uploadedAt, d.id",
                  ApplicationDocument.class),
              caller.name())
          .setParameter("application", request.getApplication())
          .getResultList();
    }
    return em.createQuery(
            "SELECT d FROM ApplicationDocument d WHERE d.application = :application ORDER BY"
                + " d.uploadedAt, d.id",
            ApplicationDocument.class)
        .setParameter("application", request.getApplication())
        .getResultList();
  }

  /**
   * Everything that happened to the request, oldest first: for reviewers (who may read it) and the
   * administrator too.
   */
  @RolesAllowed({Role.Names.MENTOR, Role.Names.REVIEWER, Role.Names.ADMIN})
  public List<GrantEvent> trail(@NotNull Long id) {
    GrantRequest request = getRequest(id);
    return em.createQuery(
            "SELECT e FROM GrantEvent e WHERE e.request = :request ORDER BY e.sequence",
            GrantEvent.class)
        .setParameter("request", request)
        .getResultList();
  }

  private boolean isReviewer() {
    return caller.isIn(Role.Names.REVIEWER);
  }

  /** The request locked until the change is saved, so a withdrawal and a review cannot cross. */
  private GrantRequest locked(Long id) {
    GrantRequest request = getRequest(id);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    return request;
  }

  /** A request only the mentor who prepared it (or an administrator) sends or takes back. */
  private GrantRequest ownLocked(Long id) {
    GrantRequest request = locked(id);
    if (!request.getPreparedBy().equals(caller.name()) && !caller.isIn(Role.Names.ADMIN)) {
      throw new IncubatorException("grant.request.notYours", request.getPreparedBy());
    }
    return request;
  }

  /**
   * One request at a time per entrepreneur: a draft or a submitted one must be decided or withdrawn
   * first.
   */
  private void refuseOpenRequest(Long applicationId) {
    long open =
        em.createQuery(
                "SELECT COUNT(r) FROM GrantRequest r WHERE r.application.id = :id AND r.status IN"
                    + " :open",
                Long.class)
            .setParameter("id", applicationId)
            .setParameter(
                "open", List.of(GrantStatus.DRAFT, GrantStatus.SUBMITTED, GrantStatus.APPROVED))
            .getSingleResult();
    if (open > 0) {
      throw new IncubatorException("grant.request.alreadyOpen");
    }
  }

  private static List<GrantLine> lines(List<GrantLineDetails> typed) {
    if (typed == null) {
      return List.of();
    }
    return typed.stream()
        .map(
            line -> {
              if (line.category() == null || line.amount() == null) {
                throw IncubatorException.onField("lines", "grant.lines.incomplete");
              }
              return new GrantLine(line.category(), line.description(), Money.mad(line.amount()));
            })
        .toList();
  }
}
