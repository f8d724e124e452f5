package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.incubator.identity.Role;
import org.incubator.selection.DocumentContent;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Like;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.incubator.shared.TypedText;

/**
 * The store: deliveries received from suppliers (ADMIN as storekeeper), what is on the shelves of
 * each article and what it is worth, and the articles the next kits will lack.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Stock {

  /** Units of one line of a delivery; a delivery of more is split in several notes. */
  public static final int MAX_LINE_QUANTITY = 10_000;

  public static final int MAX_LINES = 100;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private StockKeeping keeping;

  @Inject private KitDocuments documents;

  /**
   * Records a delivery: the counters of its articles grow, each serial number becomes a unit in
   * stock, and the kits waiting that it completes are reserved, in order of admission.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public Long receive(@NotNull DeliveryDetails details) {
    if (details.getSupplierId() == null) {
      throw IncubatorException.onField("supplier", "field.required");
    }
    Supplier supplier =
        Entities.get(em, Supplier.class, details.getSupplierId(), "starterkit.supplier.notFound");
    LocalDate on = details.getReceivedOn();
    if (on == null) {
      throw IncubatorException.onField("receivedOn", "field.required");
    }
    if (on.isAfter(CentreTime.today())) {
      throw IncubatorException.onField("receivedOn", "starterkit.delivery.future");
    }
    String note =
        TypedText.required(details.getNoteNumber(), "noteNumber", Delivery.NOTE_NUMBER_LENGTH);
    List<DeliveryLineDetails> lines =
        details.getLines().stream().filter(l -> l.getArticleId() != null).toList();
    if (lines.isEmpty()) {
      throw IncubatorException.onField("lines", "starterkit.delivery.noLine");
    }
    if (lines.size() > MAX_LINES) {
      throw IncubatorException.onField("lines", "starterkit.delivery.tooManyLines", MAX_LINES);
    }
    keeping.lock();
    Map<Long, KitArticle> articles =
        keeping.articles(lines.stream().map(DeliveryLineDetails::getArticleId).toList());
    String by = caller.name();
    Instant now = Instant.now();
    var delivery = new Delivery(supplier, on, note, by, now);
    if (details.getNoteContent() != null && details.getNoteContent().length > 0) {
      delivery.attachNote(
          documents.keep(details.getNoteFileName(), details.getNoteContent(), "deliveryNote"));
    }
    em.persist(delivery);
    var seen = new HashSet<Long>();
    List<KitUnit> units = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      DeliveryLineDetails line = lines.get(i);
      KitArticle article = articles.get(line.getArticleId());
      if (article == null) {
        throw IncubatorException.onField(
            "lines", "starterkit.article.notFound", line.getArticleId());
      }
      if (!seen.add(article.getId())) {
        throw IncubatorException.onField("lines", "starterkit.delivery.articleTwice", i + 1);
      }
      Integer quantity = line.getQuantity();
      if (quantity == null || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
        throw IncubatorException.onField(
            "lines", "starterkit.delivery.quantityRange", i + 1, MAX_LINE_QUANTITY);
      }
      if (line.getUnitCost() == null) {
        throw IncubatorException.onField("lines", "starterkit.delivery.costRequired", i + 1);
      }
      Money cost = Money.mad(line.getUnitCost());
      if (cost.isNegative()) {
        throw IncubatorException.onField("lines", "starterkit.line.costNegative");
      }
      delivery.add(article, quantity, cost);
      if (article.isSerialTracked()) {
        units.addAll(units(article, delivery, line, i + 1));
      } else if (!line.serialList().isEmpty()) {
        throw IncubatorException.onField("lines", "starterkit.delivery.serialsOfCounted", i + 1);
      }
      article.moveTo(article.getStock().receive(quantity, cost));
    }
    units.forEach(em::persist);
    Flushes.orDuplicate(
        em,
        "uq_kit_unit_serial",
        () -> IncubatorException.onField("lines", "starterkit.delivery.serialKnown"));
    units.forEach(unit -> em.persist(unit.received(by, now)));
    keeping.serveWaiting();
    Flushes.orConflict(em);
    return delivery.getId();
  }

  private static List<KitUnit> units(
      KitArticle article, Delivery delivery, DeliveryLineDetails line, int number) {
    List<String> serials = line.serialList();
    if (serials.size() != line.getQuantity()) {
      throw IncubatorException.onField(
          "lines", "starterkit.delivery.serialCount", number, line.getQuantity(), serials.size());
    }
    if (serials.stream().distinct().count() != serials.size()) {
      throw IncubatorException.onField("lines", "starterkit.delivery.serialTwice", number);
    }
    for (String serial : serials) {
      if (serial.length() > KitUnit.SERIAL_LENGTH || !serial.matches("[\\p{L}\\p{N}./_-]+")) {
        throw IncubatorException.onField("lines", "starterkit.delivery.serialRule", number);
      }
    }
    return serials.stream().map(serial -> new KitUnit(article, serial, delivery)).toList();
  }

  /** Deliveries, newest first: a page of ids, then their rows. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DeliverySummary> deliveries(@NotNull PageRequest page) {
    List<Long> ids =
        em.createQuery(
                "SELECT d.id FROM Delivery d ORDER BY d.receivedOn DESC, d.id DESC", Long.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.incubator.starterkit.DeliverySummary(d.id, d.receivedOn, s.name,"
                + " d.noteNumber, COUNT(l), SUM(l.quantity), SUM(l.unitCost.amount * l.quantity),"
                + " d.note.storageKey) FROM Delivery d JOIN d.supplier s JOIN d.lines l WHERE d.id"
                + " IN :ids GROUP BY d.id, d.receivedOn, s.name, d.noteNumber, d.note.storageKey"
                + " ORDER BY d.receivedOn DESC, d.id DESC",
            DeliverySummary.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The scanned note of a delivery, if one was attached. */
  public DocumentContent deliveryNote(@NotNull Long deliveryId) {
    Delivery delivery =
        Entities.get(em, Delivery.class, deliveryId, "starterkit.delivery.notFound");
    return documents.open(
        delivery
            .getNote()
            .orElseThrow(() -> new NotFoundException("starterkit.delivery.notFound", deliveryId)));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countDeliveries() {
    return em.createQuery("SELECT COUNT(d) FROM Delivery d", Long.class).getSingleResult();
  }

  /**
   * The serial numbers of an article on the shelves, those starting with what was typed, in order:
   * what a mentor picks from at a hand-over.
   */
  public List<KitUnit> unitsInStock(@NotNull Long articleId, String startingWith, int max) {
    String prefix = startingWith == null ? "" : startingWith.strip();
    return em.createQuery(
            "SELECT u FROM KitUnit u WHERE u.article.id = :article AND u.status ="
                + " org.incubator.starterkit.UnitStatus.IN_STOCK AND u.serial LIKE :prefix ORDER BY"
                + " u.serial",
            KitUnit.class)
        .setParameter("article", articleId)
        .setParameter("prefix", Like.startingWith(prefix))
        .setMaxResults(Math.max(1, Math.min(max, 200)))
        .getResultList();
  }

  /**
   * The articles the shelves lack for the kits waiting and for the people of the next cohort still
   * without a kit (the cohort starting first among those not over yet that have such people), each
   * at their trade's kit now. Three statements whatever the data.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Shortfall> shortfalls() {
    Map<Long, Integer> needed = new HashMap<>();
    em.createQuery(
            "SELECT l.article.id, SUM(l.quantity) FROM KitAllocation a JOIN a.lines l WHERE"
                + " a.status = org.incubator.starterkit.AllocationStatus.WAITING GROUP BY"
                + " l.article.id",
            Object[].class)
        .getResultStream()
        .forEach(row -> needed.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum));
    @SuppressWarnings("unchecked")
    List<Object[]> nextCohort =
        em.createNativeQuery(
                "SELECT l.article_id, SUM(l.quantity) FROM participant p JOIN project_holder h ON"
                    + " h.id = p.holder_id JOIN kit_template t ON t.trade = h.project_trade AND"
                    + " t.status = 'PUBLISHED' AND t.number = (SELECT MAX(n.number) FROM"
                    + " kit_template n WHERE n.trade = t.trade AND n.status = 'PUBLISHED') JOIN"
                    + " kit_template_line l ON l.template_id = t.id WHERE p.cohort_id = (SELECT"
                    + " c.id FROM cohort c WHERE c.ends_on >= ? AND EXISTS (SELECT 1 FROM"
                    + " participant q WHERE"
                    + " q.cohort_id = c.id AND q.stage IN ('IN_TRAINING', 'TRAINED', 'FUNDED')"
                    + " AND NOT EXISTS (SELECT 1 FROM kit_allocation k WHERE k.participant_id ="
                    + " q.id)) ORDER BY c.starts_on, c.id LIMIT 1) AND p.stage IN ('IN_TRAINING',"
                    + " 'TRAINED', 'FUNDED') AND NOT EXISTS (SELECT 1 FROM kit_allocation k WHERE"
                    + " k.participant_id = p.id) GROUP BY l.article_id")
            .setParameter(1, Date.valueOf(CentreTime.today()))
            .getResultList();
    for (Object[] row : nextCohort) {
      needed.merge(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), Integer::sum);
    }
    if (needed.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM KitArticle a WHERE a.id IN :ids ORDER BY a.nameFr", KitArticle.class)
        .setParameter("ids", needed.keySet())
        .getResultStream()
        .filter(a -> a.getStock().available() < needed.get(a.getId()))
        .map(a -> new Shortfall(a, a.getStock().available(), needed.get(a.getId())))
        .toList();
  }
}
