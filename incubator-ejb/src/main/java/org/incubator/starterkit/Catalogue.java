package org.incubator.starterkit;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incubator.applicant.Trade;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;

/**
 * The catalogue: suppliers, articles, and the kit of each trade in versions. The administrator
 * keeps it; mentors read it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Catalogue {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Supplier> suppliers() {
    return em.createQuery("SELECT s FROM Supplier s ORDER BY s.name", Supplier.class)
        .getResultList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Long addSupplier(@NotNull SupplierDetails details) {
    var supplier = new Supplier(details);
    em.persist(supplier);
    Flushes.orDuplicate(
        em,
        "uq_kit_supplier_name",
        () -> IncubatorException.onField("supplierName", "starterkit.supplier.duplicate"));
    return supplier.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void changeSupplier(
      @NotNull Long supplierId, long version, @NotNull SupplierDetails details) {
    Supplier supplier =
        Entities.get(em, Supplier.class, supplierId, "starterkit.supplier.notFound");
    if (supplier.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    supplier.change(details);
    Flushes.orDuplicate(
        em,
        "uq_kit_supplier_name",
        () -> IncubatorException.onField("supplierName", "starterkit.supplier.duplicate"));
  }

  /** Every article with what the store holds of it, by name in French (the store's own list). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<KitArticle> articles() {
    return em.createQuery("SELECT a FROM KitArticle a ORDER BY a.nameFr, a.id", KitArticle.class)
        .getResultList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Long addArticle(@NotNull TitlesInThreeLanguages names, Tracking tracking) {
    if (tracking == null) {
      throw IncubatorException.onField("tracking", "field.required");
    }
    var article = new KitArticle(names, tracking);
    em.persist(article);
    Flushes.orConflict(em);
    return article.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void renameArticle(
      @NotNull Long articleId, long version, @NotNull TitlesInThreeLanguages names) {
    KitArticle article = article(articleId);
    if (article.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    article.rename(names);
    Flushes.orConflict(em);
  }

  KitArticle article(Long articleId) {
    return Entities.get(em, KitArticle.class, articleId, "starterkit.article.notFound");
  }

  /** The versions of a trade's kit, newest first. */
  public List<KitTemplate> versions(@NotNull Trade trade) {
    return em.createQuery(
            "SELECT DISTINCT t FROM KitTemplate t LEFT JOIN FETCH t.lines l WHERE t.trade ="
                + " :trade ORDER BY t.number DESC, l.id",
            KitTemplate.class)
        .setParameter("trade", trade)
        .getResultList();
  }

  /** The kit a trade's people are allocated now: its newest published version. */
  public Optional<KitTemplate> kitOf(@NotNull Trade trade) {
    return em.createQuery(
            "SELECT t FROM KitTemplate t WHERE t.trade = :trade AND t.status ="
                + " org.incubator.starterkit.TemplateStatus.PUBLISHED ORDER BY t.number DESC",
            KitTemplate.class)
        .setParameter("trade", trade)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** A new draft of the trade's kit, from its newest version; one draft at a time. */
  @RolesAllowed(Role.Names.ADMIN)
  public Long startDraft(@NotNull Trade trade) {
    List<KitTemplate> versions = versions(trade);
    if (versions.stream().anyMatch(KitTemplate::isDraft)) {
      throw new IncubatorException("starterkit.template.draftOpen");
    }
    var draft = KitTemplate.draftAfter(trade, versions.isEmpty() ? null : versions.get(0));
    em.persist(draft);
    Flushes.orDuplicate(
        em,
        "uq_kit_template_number",
        () -> new IncubatorException("starterkit.template.draftOpen"));
    return draft.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void putLine(
      @NotNull Long templateId, long version, Long articleId, Integer quantity, BigDecimal cost) {
    KitTemplate draft = template(templateId, version);
    if (articleId == null) {
      throw IncubatorException.onField("lineArticle", "field.required");
    }
    if (quantity == null) {
      throw IncubatorException.onField("lineQuantity", "field.required");
    }
    draft.put(article(articleId), quantity, cost == null ? null : Money.mad(cost));
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void removeLine(@NotNull Long templateId, long version, @NotNull Long lineId) {
    template(templateId, version).remove(lineId);
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void publish(@NotNull Long templateId, long version, String note) {
    template(templateId, version).publish(note, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void discardDraft(@NotNull Long templateId, long version) {
    KitTemplate draft = template(templateId, version);
    if (!draft.isDraft()) {
      throw new IncubatorException("starterkit.template.published", draft.getNumber());
    }
    em.remove(draft);
    Flushes.orConflict(em);
  }

  private KitTemplate template(Long templateId, long version) {
    KitTemplate template =
        Entities.get(em, KitTemplate.class, templateId, "starterkit.template.notFound");
    em.lock(template, LockModeType.PESSIMISTIC_WRITE);
    if (template.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    return template;
  }
}
