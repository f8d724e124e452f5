package org.incubator.starterkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

class StockLevelTest {

  private static final StockLevel SIX =
      StockLevel.EMPTY.receive(4, Money.mad("1000.00")).receive(2, Money.mad("1300.00"));

  @Test
  void aDeliveryAddsToTheShelvesAtItsCost() {
    assertEquals(6, SIX.onHand());
    assertEquals(6, SIX.available());
    assertEquals(Money.mad("6600.00"), SIX.receivedValue());
    assertEquals(Money.mad("1100.00"), SIX.averageCost());
    assertEquals(Money.mad("6600.00"), SIX.value());
    assertEquals(Money.ZERO, StockLevel.EMPTY.value());
  }

  @Test
  void reservedUnitsStayOnTheShelvesButAreNoLongerFree() {
    StockLevel level = SIX.reserve(5);
    assertEquals(6, level.onHand());
    assertEquals(1, level.available());
    assertFalse(level.canReserve(2));
    assertThrows(IllegalStateException.class, () -> level.reserve(2));
    assertEquals(6, level.release(5).available());
    assertThrows(IllegalStateException.class, () -> level.release(6));
  }

  @Test
  void aHandOverTakesReservedUnitsOffTheShelvesToPeople() {
    StockLevel level = SIX.reserve(3).handOver(3);
    assertEquals(3, level.onHand());
    assertEquals(3, level.available());
    assertEquals(3, level.withPeople());
    assertEquals(0, level.reserved());
    assertEquals(Money.mad("3300.00"), level.value());
    assertThrows(IllegalStateException.class, () -> SIX.reserve(1).handOver(2));
  }

  @Test
  void aReturnComesBackToTheShelvesOrIsScrapped() {
    StockLevel out = SIX.reserve(2).handOver(2);
    StockLevel back = out.giveBack(true);
    assertEquals(5, back.available());
    assertEquals(1, back.withPeople());
    StockLevel broken = out.giveBack(false);
    assertEquals(4, broken.available());
    assertEquals(1, broken.scrapped());
    assertEquals(1, broken.withPeople());
    assertThrows(IllegalStateException.class, () -> SIX.giveBack(true));
  }

  @Test
  void aLossWrittenOffLeavesTheShelvesAsTheyAre() {
    StockLevel lost = SIX.reserve(1).handOver(1).writeOff();
    assertEquals(5, lost.available());
    assertEquals(0, lost.withPeople());
    assertEquals(1, lost.writtenOff());
    assertThrows(IllegalStateException.class, lost::writeOff);
  }

  @Test
  void quantitiesAreAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> SIX.reserve(0));
    assertThrows(IllegalArgumentException.class, () -> SIX.receive(-1, Money.mad("1")));
  }
}
