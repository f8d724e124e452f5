package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.UniqueKeys;
import org.incubator.training.Participant;

/**
 * Receipts of confirmed hand-overs. The first time a receipt is asked for in a language, the web
 * writes it from its facts and it is kept, with its SHA-256; every later request gets those bytes,
 * whatever changed since. An entrepreneur reaches only their own.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.ENTREPRENEUR})
public class KitReceipts {

  public static final List<String> LANGUAGES = List.of("ar", "fr", "en");

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  /** The receipt as issued in the language, if it was. */
  public Optional<KitReceipt> issued(@NotNull Long handoverId, @NotNull String language) {
    KitHandover handover = readable(handoverId);
    return em.createQuery(
            "SELECT r FROM KitReceipt r WHERE r.handover = :handover AND r.language = :language",
            KitReceipt.class)
        .setParameter("handover", handover)
        .setParameter("language", language(language))
        .getResultStream()
        .findFirst();
  }

  /** What the receipt of a confirmed hand-over says. */
  public ReceiptFacts facts(@NotNull Long handoverId) {
    KitHandover handover = readable(handoverId);
    Participant person = handover.getParticipant();
    KitAllocation allocation = handover.getAllocation();
    List<ReceiptFacts.Line> lines =
        allocation.getLines().stream()
            .map(
                line ->
                    new ReceiptFacts.Line(
                        line.getArticle().getNames(),
                        line.getQuantity(),
                        line.getUnitCost(),
                        line.getCost(),
                        handover.getUnits().stream()
                            .filter(u -> u.getArticle().equals(line.getArticle()))
                            .map(KitUnit::getSerial)
                            .sorted()
                            .toList()))
            .toList();
    return new ReceiptFacts(
        handover.getId(),
        person.getHolder().getFullName(),
        person.getHolder().getCin().getValue(),
        person.getCohort().getName(),
        allocation.getTemplate().getTrade(),
        allocation.getTemplate().getNumber(),
        lines,
        allocation.getTotal(),
        handover.getHandedOn(),
        handover.getPlace(),
        handover.getHandedBy(),
        handover.getConfirmation().orElseThrow(),
        handover.getConfirmedBy(),
        handover.getConfirmedAt(),
        handover.getSignature().orElse(null));
  }

  /**
   * Keeps the receipt written now for the language, unless one was issued meanwhile: the receipt
   * kept is returned either way.
   */
  public KitReceipt keep(@NotNull Long handoverId, @NotNull String language, byte @NotNull [] pdf) {
    KitHandover handover = readable(handoverId);
    Optional<KitReceipt> kept = issued(handoverId, language);
    if (kept.isPresent()) {
      return kept.get();
    }
    var receipt = new KitReceipt(handover, language(language), pdf, Instant.now());
    try {
      em.persist(receipt);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_kit_receipt_language")) {
        // asked twice at the same moment: the first one's receipt is kept; the caller reads it
        throw new IncubatorException("starterkit.receipt.issuedMeanwhile");
      }
      throw e;
    }
    return receipt;
  }

  private static String language(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("No receipt in " + language);
    }
    return language;
  }

  /** A confirmed hand-over the caller may read: an entrepreneur only their own. */
  private KitHandover readable(Long handoverId) {
    boolean own = caller.isIn(Role.Names.ENTREPRENEUR);
    var query =
        em.createQuery(
                "SELECT h FROM KitHandover h WHERE h.id = :id AND h.acknowledgement.status ="
                    + " org.incubator.starterkit.AcknowledgementStatus.CONFIRMED"
                    + (own
                        ? " AND h.participant.holder.account = :me AND"
                            + " h.participant.holder.accountConfirmed = TRUE"
                        : ""),
                KitHandover.class)
            .setParameter("id", handoverId);
    if (own) {
      query.setParameter("me", caller.name());
    }
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("starterkit.receipt.notFound", handoverId));
  }
}
