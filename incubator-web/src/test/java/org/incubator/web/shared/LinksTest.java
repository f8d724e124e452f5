package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void aRowLinksToItsPageWithItsIdInTheApplicationsPath() {
    assertEquals(
        "/incubator/applicant/holder.xhtml?id=42",
        Links.address("/incubator", "/applicant/holder", "id", 42L, null, null));
  }

  @Test
  void aSecondParameterIsAddedOnlyWhenItHasAValue() {
    assertEquals(
        "/incubator/selection/application.xhtml?id=7&session=3",
        Links.address("/incubator", "/selection/application", "id", 7L, "session", 3L));
    assertEquals(
        "/incubator/selection/application.xhtml?id=7",
        Links.address("/incubator", "/selection/application", "id", 7L, "session", null));
    assertEquals(
        "/incubator/selection/application.xhtml?id=7",
        Links.address("/incubator", "/selection/application", "id", 7L, "session", ""));
  }

  @Test
  void valuesAreEncodedForAnAddress() {
    assertEquals(
        "/x/coaching/caseloads.xhtml?mentor=nadia+el%26idrissi%D8%A7",
        Links.address("/x", "/coaching/caseloads", "mentor", "nadia el&idrissiا", null, null));
  }
}
