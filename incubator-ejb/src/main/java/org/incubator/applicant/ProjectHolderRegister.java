package org.incubator.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.Cin;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.incubator.shared.Province;
import org.incubator.shared.ReferenceData;
import org.incubator.shared.UniqueKeys;

/**
 * The register of project holders, kept by mentors and the administrator. A CIN identifies one
 * person: registering it twice is refused on the CIN field. A save based on an old version of a
 * holder is refused, so what another mentor saved in between is never overwritten.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class ProjectHolderRegister {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private ReferenceData referenceData;

  @Inject private ProjectHolderListQuery listQuery;

  @Inject private IdentityClaims claims;

  public Long register(@NotNull @Valid ProjectHolderDetails details) {
    Cin cin = Cin.of(details.getCin());
    refuseDuplicate(cin, null);
    var holder = new ProjectHolder(details, province(details), caller.name(), Instant.now());
    em.persist(holder);
    flushOrExplain(cin);
    return holder.getId();
  }

  /**
   * Saves a mentor's changes to a holder. {@code basedOnVersion} is the version the mentor opened;
   * if anyone saved since, the changes are refused with {@link ConcurrentUpdateException}.
   */
  public void revise(
      @NotNull Long id, long basedOnVersion, @NotNull @Valid ProjectHolderDetails details) {
    ProjectHolder holder = getHolder(id);
    if (holder.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    Cin cin = Cin.of(details.getCin());
    refuseDuplicate(cin, id);
    holder.revise(details, province(details), caller.name(), Instant.now());
    flushOrExplain(cin);
  }

  /**
   * The signed-in entrepreneur's own file, as they typed it when applying: registered the first
   * time, linked to their account with the identity to be confirmed by a mentor, and revised
   * afterwards. A CIN already in the register is not taken: it is claimed (the claim is kept even
   * though the application is refused) and a mentor confirms who the person is. Once a decision was
   * made on them ({@code identityDecided}), their identity is no longer theirs to change.
   */
  @RolesAllowed(Role.Names.ENTREPRENEUR)
  public ProjectHolder registerOwn(
      @NotNull @Valid ProjectHolderDetails details, boolean identityDecided) {
    Cin cin = Cin.of(details.getCin());
    Optional<ProjectHolder> own = ownHolder();
    Optional<ProjectHolder> registered =
        holderWith(cin)
            .filter(other -> own.map(mine -> !mine.getId().equals(other.getId())).orElse(true));
    if (registered.isPresent()) {
      claims.claim(registered.get().getId());
      throw IncubatorException.onField("cin", "applicant.claim.recorded");
    }
    ProjectHolder holder;
    Instant now = Instant.now();
    if (own.isPresent()) {
      holder = own.get();
      holder.reviseOwn(details, province(details), identityDecided, caller.name(), now);
    } else {
      holder = new ProjectHolder(details, province(details), caller.name(), now);
      holder.linkAccountToConfirm(caller.name(), now);
      em.persist(holder);
      em.persist(new IdentityClaim(caller.name(), holder, now));
    }
    flushOrExplain(cin);
    return holder;
  }

  /** The identity changes a mentor made to the holder, oldest first. */
  public List<IdentityChange> identityChanges(@NotNull Long id) {
    return em.createQuery(
            "SELECT c FROM IdentityChange c WHERE c.holder.id = :id ORDER BY c.at, c.id",
            IdentityChange.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** The holder file linked to the signed-in entrepreneur, if they have one. */
  @RolesAllowed(Role.Names.ENTREPRENEUR)
  public Optional<ProjectHolder> ownHolder() {
    return em.createQuery(
            "SELECT h FROM ProjectHolder h WHERE h.account = :me", ProjectHolder.class)
        .setParameter("me", caller.name())
        .getResultStream()
        .findFirst();
  }

  public ProjectHolder getHolder(@NotNull Long id) {
    return findHolder(id).orElseThrow(() -> new NotFoundException("applicant.holder.notFound", id));
  }

  public Optional<ProjectHolder> findHolder(Long id) {
    return Optional.ofNullable(em.find(ProjectHolder.class, id));
  }

  public Optional<ProjectHolder> findByCin(String cin) {
    return Cin.parse(cin).flatMap(this::holderWith);
  }

  /**
   * One page of the register, filtered and sorted by the database, names in the user's language.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ProjectHolderSummary> list(
      @NotNull ProjectHolderFilter filter, @NotNull PageRequest page, Locale locale) {
    return listQuery.page(filter, page, locale);
  }

  /** How many holders match the filter: the length of the list the pages are cut from. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(@NotNull ProjectHolderFilter filter) {
    return listQuery.count(filter);
  }

  private Optional<ProjectHolder> holderWith(Cin cin) {
    return em.createQuery(
            "SELECT h FROM ProjectHolder h WHERE h.cin.value = :cin", ProjectHolder.class)
        .setParameter("cin", cin.getValue())
        .getResultStream()
        .findFirst();
  }

  private void refuseDuplicate(Cin cin, Long exceptId) {
    holderWith(cin)
        .filter(other -> !other.getId().equals(exceptId))
        .ifPresent(
            other -> {
              throw IncubatorException.onField("cin", "applicant.cin.duplicate", cin.getValue());
            });
  }

  private Province province(ProjectHolderDetails details) {
    return referenceData
        .findProvince(details.getProvinceCode())
        .orElseThrow(
            () -> IncubatorException.onField("provinceCode", "applicant.province.unknown"));
  }

  /**
   * Turns the database's last word (a unique CIN taken at the same moment, a newer version) into a
   * message.
   */
  private void flushOrExplain(Cin cin) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentUpdateException();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_project_holder_cin")) {
        throw IncubatorException.onField("cin", "applicant.cin.duplicate", cin.getValue());
      }
      throw e;
    }
  }
}
