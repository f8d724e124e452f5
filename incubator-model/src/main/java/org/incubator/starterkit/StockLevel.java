package org.incubator.starterkit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.incubator.shared.Money;

/**
 * What the store counts of one article: all it ever received (and what that cost), what is reserved
 * for allocated kits, handed over, returned by people, scrapped and written off. The rest follows:
 * what is on the shelves, what of it is free for the next kit, what people hold, and what the
 * shelves are worth at the average cost of what was received.
 */
public record StockLevel(
    int received,
    Money receivedValue,
    int reserved,
    int handedOver,
    int returned,
    int scrapped,
    int writtenOff)
    implements Serializable {

  public static final StockLevel EMPTY = new StockLevel(0, Money.ZERO, 0, 0, 0, 0, 0);

  /** On the shelves, reserved or not. */
  public int onHand() {
    return received + returned - handedOver - scrapped;
  }

  /** On the shelves and promised to nobody. */
  public int available() {
    return onHand() - reserved;
  }

  /** Handed over and neither back nor written off (counted articles are consumed: they stay). */
  public int withPeople() {
    return handedOver - returned - writtenOff;
  }

  /** The average cost of a unit received, zero before any delivery. */
  public Money averageCost() {
    if (received == 0) {
      return Money.ZERO;
    }
    return Money.mad(
        receivedValue
            .getAmount()
            .divide(BigDecimal.valueOf(received), Money.SCALE, RoundingMode.HALF_EVEN));
  }

  /** What the shelves hold, at the average cost. */
  public Money value() {
    return averageCost().times(onHand());
  }

  public StockLevel receive(int quantity, Money unitCost) {
    positive(quantity);
    return new StockLevel(
        received + quantity,
        receivedValue.plus(unitCost.times(quantity)),
        reserved,
        handedOver,
        returned,
        scrapped,
        writtenOff);
  }

  /** Whether {@code quantity} more can be promised. */
  public boolean canReserve(int quantity) {
    return quantity <= available();
  }

  public StockLevel reserve(int quantity) {
    positive(quantity);
    if (!canReserve(quantity)) {
      throw new IllegalStateException("Only " + available() + " available, " + quantity + " asked");
    }
    return new StockLevel(
        received, receivedValue, reserved + quantity, handedOver, returned, scrapped, writtenOff);
  }

  /** A reservation given back (an allocation cancelled). */
  public StockLevel release(int quantity) {
    positive(quantity);
    if (quantity > reserved) {
      throw new IllegalStateException("Only " + reserved + " reserved, " + quantity + " released");
    }
    return new StockLevel(
        received, receivedValue, reserved - quantity, handedOver, returned, scrapped, writtenOff);
  }

  /** Reserved units leave the shelves with their person. */
  public StockLevel handOver(int quantity) {
    positive(quantity);
    if (quantity > reserved) {
      throw new IllegalStateException("Only " + reserved + " reserved, " + quantity + " handed");
    }
    return new StockLevel(
        received,
        receivedValue,
        reserved - quantity,
        handedOver + quantity,
        returned,
        scrapped,
        writtenOff);
  }

  /** A unit comes back from a person; scrapped at once when it cannot be issued again. */
  public StockLevel giveBack(boolean usable) {
    if (withPeople() < 1) {
      throw new IllegalStateException("Nobody holds a unit to give back");
    }
    return new StockLevel(
        received,
        receivedValue,
        reserved,
        handedOver,
        returned + 1,
        usable ? scrapped : scrapped + 1,
        writtenOff);
  }

  /** A unit a person held is lost or broken for good. */
  public StockLevel writeOff() {
    if (withPeople() < 1) {
      throw new IllegalStateException("Nobody holds a unit to write off");
    }
    return new StockLevel(
        received, receivedValue, reserved, handedOver, returned, scrapped, writtenOff + 1);
  }

  private static void positive(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("A quantity is at least 1: " + quantity);
    }
  }
}
