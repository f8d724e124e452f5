package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.NotFoundException;

/**
 * Decision letters, built from the decision as it was recorded: an approval (also once the grant is
 * closed) or a rejection. The entrepreneur reads only the letters of their own requests; mentors,
 * reviewers and the administrator read any.
 */
@Stateless
@RolesAllowed({Role.Names.ENTREPRENEUR, Role.Names.MENTOR, Role.Names.REVIEWER, Role.Names.ADMIN})
public class GrantLetters {

  private static final Set<GrantStatus> APPROVED = Set.of(GrantStatus.APPROVED, GrantStatus.CLOSED);

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private MyGrants myGrants;

  @Inject private GrantRequests grantRequests;

  public DecisionLetter letterFor(@NotNull Long requestId) {
    GrantRequest request =
        caller.isIn(Role.Names.ENTREPRENEUR)
            ? myGrants.get(requestId)
            : grantRequests.getRequest(requestId);
    GrantAction decision =
        APPROVED.contains(request.getStatus())
            ? GrantAction.APPROVED
            : request.getStatus() == GrantStatus.REJECTED ? GrantAction.REJECTED : null;
    GrantEvent decided =
        request.getEvents().stream()
            .filter(e -> e.getAction() == decision)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("grant.letter.none", requestId));
    boolean approved = decision == GrantAction.APPROVED;
    List<String> deciders =
        approved
            ? request.getApprovals().stream().map(Approval::getReviewer).toList()
            : List.of(decided.getBy());
    String comment =
        approved
            ? String.join(
                "\n",
                request.getApprovals().stream()
                    .map(Approval::getComment)
                    .filter(c -> c != null)
                    .toList())
            : decided.getComment();
    return new DecisionLetter(
        request.getId(),
        request.getRevision(),
        approved,
        request.getDecidedHolderName(),
        request.getDecidedHolderCin(),
        request.getApplication().getCall().getName(),
        request.getEnvelope().getName(),
        request.getEnvelope().getFundingSource(),
        request.getAmount(),
        request.getLines(),
        request.getTranches(),
        decided.getAt(),
        deciders.stream().map(this::displayName).toList(),
        comment == null || comment.isBlank() ? null : comment);
  }

  private String displayName(String username) {
    return em.createQuery(
            "SELECT u.displayName FROM UserAccount u WHERE u.username = :u", String.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .orElse(username);
  }
}
