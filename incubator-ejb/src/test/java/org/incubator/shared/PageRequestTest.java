package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPagesRowsComeInTheOrderItsIdsWereRead() {
    assertEquals(
        List.of("Salma", "Youssef", "Houda"),
        PageRequest.inOrderOf(
            List.of(7L, 3L, 12L), Map.of(3L, "Youssef", 12L, "Houda", 7L, "Salma")));
  }

  @Test
  void aRowDeletedBetweenTheTwoStatementsIsLeftOutNotShownEmpty() {
    List<String> page =
        PageRequest.inOrderOf(List.of(7L, 3L, 12L), Map.of(7L, "Salma", 12L, "Houda"));
    assertEquals(List.of("Salma", "Houda"), page);
  }

  @Test
  void aPageReadBackwardsCanBeTurnedAround() {
    List<String> page = PageRequest.inOrderOf(List.of(2L, 1L), Map.of(1L, "first", 2L, "second"));
    Collections.reverse(page);
    assertEquals(List.of("first", "second"), page);
  }

  @Test
  void aPageNearerTheEndIsReadFromTheEnd() {
    PageRequest last = new PageRequest(80, 20, null, true, 95);
    assertTrue(last.isNearerTheEnd());
    assertEquals(0, last.firstFromTheEnd());
    assertEquals(15, last.sizeFromTheEnd(), "the last page of 95 rows has 15");
  }
}
