package org.incubator.starterkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.incubator.applicant.Trade;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;
import org.junit.jupiter.api.Test;

/** Kits in versions, allocations, custody moves and hand-over confirmations. */
class KitTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static KitArticle article(long id, String name, Tracking tracking) throws Exception {
    var article = new KitArticle(new TitlesInThreeLanguages(name, name, name), tracking);
    Field field = KitArticle.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(article, id);
    return article;
  }

  private static KitTemplate tailorsKit() throws Exception {
    KitTemplate draft = KitTemplate.draftAfter(Trade.SEWING_TEXTILE, null);
    draft.put(article(1, "Machine", Tracking.SERIAL), 1, Money.mad("4200.00"));
    draft.put(article(2, "Ciseaux", Tracking.COUNTED), 3, Money.mad("85.50"));
    return draft;
  }

  @Test
  void aKitCostsItsLinesAndChangesOnlyAsADraft() throws Exception {
    KitTemplate kit = tailorsKit();
    assertEquals(1, kit.getNumber());
    assertEquals(Money.mad("4456.50"), kit.getTotal());
    kit.put(article(2, "Ciseaux", Tracking.COUNTED), 4, Money.mad("85.50"));
    assertEquals(2, kit.getLines().size());
    assertEquals(Money.mad("4542.00"), kit.getTotal());

    kit.publish("First kit", "admin", NOW);
    var published =
        assertThrows(
            IncubatorException.class,
            () -> kit.put(article(3, "Fer", Tracking.COUNTED), 1, Money.mad("300")));
    assertEquals("starterkit.template.published", published.getMessageKey());

    KitTemplate next = KitTemplate.draftAfter(Trade.SEWING_TEXTILE, kit);
    assertEquals(2, next.getNumber());
    assertEquals(kit.getTotal(), next.getTotal());
    next.put(article(1, "Machine", Tracking.SERIAL), 1, Money.mad("5000.00"));
    assertEquals(Money.mad("4542.00"), kit.getTotal(), "the published version keeps its cost");
  }

  @Test
  void aKitRefusesWrongQuantitiesCostsAndAnEmptyPublication() throws Exception {
    KitTemplate kit = KitTemplate.draftAfter(Trade.PLUMBING, null);
    KitArticle wrench = article(5, "Clé", Tracking.COUNTED);
    assertEquals(
        "lineQuantity",
        assertThrows(IncubatorException.class, () -> kit.put(wrench, 0, Money.mad("10")))
            .getField()
            .orElseThrow());
    assertEquals(
        "lineUnitCost",
        assertThrows(IncubatorException.class, () -> kit.put(wrench, 1, Money.mad("-1")))
            .getField()
            .orElseThrow());
    assertEquals(
        "starterkit.template.empty",
        assertThrows(IncubatorException.class, () -> kit.publish(null, "admin", NOW))
            .getMessageKey());
  }

  @Test
  void anAllocationCopiesThePublishedKitAndMovesWaitingReservedHandedOver() throws Exception {
    KitTemplate kit = tailorsKit();
    assertThrows(IncubatorException.class, () -> new KitAllocation(null, kit, NOW, "mentor", NOW));
    kit.publish(null, "admin", NOW);
    var allocation = new KitAllocation(null, kit, NOW, "mentor", NOW);
    assertEquals(AllocationStatus.WAITING, allocation.getStatus());
    assertEquals(Map.of(1L, 1, 2L, 3), allocation.needs());
    assertEquals(kit.getTotal(), allocation.getTotal());
    assertThrows(IncubatorException.class, allocation::handedOver);
    allocation.reserved(NOW);
    allocation.handedOver();
    assertEquals(AllocationStatus.HANDED_OVER, allocation.getStatus());
    assertThrows(IncubatorException.class, allocation::cancel);
  }

  @Test
  void aCancelledReservationGoesBackAndATrainingWaiverNeedsAReason() throws Exception {
    KitTemplate kit = tailorsKit();
    kit.publish(null, "admin", NOW);
    var waiting = new KitAllocation(null, kit, NOW, "mentor", NOW);
    assertFalse(waiting.cancel(), "nothing was reserved for a kit still waiting");
    var reserved = new KitAllocation(null, kit, NOW, "mentor", NOW);
    assertEquals(
        "waiverReason",
        assertThrows(IncubatorException.class, () -> reserved.waiveTraining(" ", "admin", NOW))
            .getField()
            .orElseThrow());
    reserved.waiveTraining("Trained last year in a vocational school", "admin", NOW);
    assertTrue(reserved.isTrainingWaived());
    reserved.reserved(NOW);
    assertTrue(reserved.cancel());
    reserved.allocateAgain(kit, "mentor", NOW);
    assertEquals(AllocationStatus.WAITING, reserved.getStatus());
  }

  @Test
  void everyCustodyMoveIsAllowedOrRefusedAsTheStatusSays() {
    var legal =
        Map.of(
            UnitStatus.IN_STOCK, EnumSet.of(UnitStatus.HANDING_OVER, UnitStatus.SCRAPPED),
            UnitStatus.HANDING_OVER, EnumSet.of(UnitStatus.ON_LOAN, UnitStatus.IN_STOCK),
            UnitStatus.ON_LOAN,
                EnumSet.of(
                    UnitStatus.TRANSFERRED,
                    UnitStatus.IN_STOCK,
                    UnitStatus.SCRAPPED,
                    UnitStatus.LOSS_REPORTED),
            UnitStatus.LOSS_REPORTED, EnumSet.of(UnitStatus.WRITTEN_OFF, UnitStatus.ON_LOAN));
    for (UnitStatus from : UnitStatus.values()) {
      for (UnitStatus to : UnitStatus.values()) {
        boolean allowed = legal.getOrDefault(from, EnumSet.noneOf(UnitStatus.class)).contains(to);
        if (allowed) {
          assertEquals(to, from.moveTo(to));
        } else {
          assertEquals(
              "starterkit.custody.illegalMove",
              assertThrows(IncubatorException.class, () -> from.moveTo(to), from + " → " + to)
                  .getMessageKey());
        }
      }
    }
  }

  @Test
  void aUnitRecordsEveryMoveAndWhoHoldsIt() throws Exception {
    var unit = new KitUnit(article(1, "Machine", Tracking.SERIAL), "SM-001", null);
    CustodyMove back = unit.moveTo(UnitStatus.SCRAPPED, "Fell from the truck", "admin", NOW);
    assertEquals(UnitStatus.IN_STOCK, back.getFrom());
    assertEquals(UnitStatus.SCRAPPED, back.getTo());
    assertEquals("Fell from the truck", back.getNote());
    assertThrows(
        IncubatorException.class, () -> unit.moveTo(UnitStatus.ON_LOAN, null, "mentor", NOW));
  }

  @Test
  void aHandOverIsConfirmedOnceBySignatureOrPhone() {
    var handover = new KitHandover(allocationStub(), CentreTime.today(), "Centre", "mentor", NOW);
    assertEquals(
        "starterkit.handover.signatureUnreadable",
        assertThrows(
                IncubatorException.class,
                () -> handover.signedOnScreen("<svg/>".getBytes(), "mentor", NOW))
            .getMessageKey());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    handover.signedOnScreen(png, "mentor", NOW);
    assertTrue(handover.isConfirmed());
    assertEquals(Confirmation.SIGNED_ON_SCREEN, handover.getConfirmation().orElseThrow());
    assertArrayEquals(png, handover.getSignature().orElseThrow());
    assertEquals(
        "starterkit.handover.alreadyConfirmed",
        assertThrows(IncubatorException.class, () -> handover.confirmedOnPhone("amina", NOW))
            .getMessageKey());
  }

  @Test
  void aHandOverNeedsADayNotInTheFutureAndAPlace() {
    assertEquals(
        "handedOn",
        assertThrows(
                IncubatorException.class,
                () ->
                    new KitHandover(
                        allocationStub(), CentreTime.today().plusDays(5), "Centre", "mentor", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "place",
        assertThrows(
                IncubatorException.class,
                () -> new KitHandover(allocationStub(), CentreTime.today(), " ", "mentor", NOW))
            .getField()
            .orElseThrow());
  }

  private static KitAllocation allocationStub() {
    try {
      KitTemplate kit = tailorsKit();
      kit.publish(null, "admin", NOW);
      return new KitAllocation(null, kit, NOW, "mentor", NOW);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aReturnNeedsItsDayWhoBroughtItAndItsConditionAndIsAcknowledgedOnce() throws Exception {
    var unit = new KitUnit(article(1, "Machine", Tracking.SERIAL), "SM-002", null);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 9};
    assertEquals(
        "condition",
        assertThrows(
                IncubatorException.class,
                () ->
                    new KitReturn(
                        unit,
                        null,
                        ReturnDetails.of(CentreTime.today(), "Amina", true, " ", png),
                        "mentor",
                        NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "returnedOn",
        assertThrows(
                IncubatorException.class,
                () ->
                    new KitReturn(
                        unit,
                        null,
                        ReturnDetails.of(CentreTime.today().plusDays(3), "Amina", true, "ok", png),
                        "mentor",
                        NOW))
            .getField()
            .orElseThrow());
    var signed =
        new KitReturn(
            unit,
            null,
            ReturnDetails.of(CentreTime.today(), "Amina", true, "Works", png),
            "mentor",
            NOW);
    assertTrue(signed.isConfirmed());
    assertEquals(
        Confirmation.SIGNED_ON_SCREEN, signed.getAcknowledgement().getConfirmation().orElseThrow());
    var awaited =
        new KitReturn(
            unit,
            null,
            ReturnDetails.of(CentreTime.today(), "Her brother", false, "Broken", null),
            "mentor",
            NOW);
    assertFalse(awaited.isConfirmed());
    awaited.confirmedOnPhone("amina.saidi", NOW);
    assertEquals("amina.saidi", awaited.getAcknowledgement().getConfirmedBy());
    assertThrows(IncubatorException.class, () -> awaited.confirmedOnPhone("amina.saidi", NOW));
  }

  @Test
  void aReceiptKeepsTheHashOfWhatWasIssued() {
    byte[] pdf = "%PDF-1.4 receipt".getBytes();
    var receipt = new KitReceipt(null, "ar", pdf, NOW);
    assertEquals(KitReceipt.sha256(pdf), receipt.getSha256());
    assertEquals(64, receipt.getSha256().length());
    assertTrue(receipt.isIntact());
  }
}
