package org.incubator.coaching;

import static org.incubator.training.Admissions.CASABLANCA;
import static org.incubator.training.Admissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Admissions;
import org.incubator.training.JourneyStage;
import org.incubator.training.Participant;
import org.junit.jupiter.api.Test;

class BusinessLaunchTest {

  private static final LocalDate TODAY = LocalDate.of(2028, 3, 15);

  private final Admissions admissions = new Admissions();

  private Participant trained(String cin) {
    var participant = Participant.admitted(admissions.admitted(cin), "karim", NOW);
    participant.completeTraining("karim", NOW);
    return participant;
  }

  private static LaunchDetails workshop() {
    var details = new LaunchDetails();
    details.setLegalForm(LegalForm.AUTO_ENTREPRENEUR);
    details.setRegistrationNumber(" AE-2028-00417 ");
    details.setStartedOn(TODAY.minusDays(3));
    details.setAddress(" 12 derb Sidi Bouloukat, Hay Mohammadi ");
    details.setProvinceCode("CASABLANCA");
    details.setActivity("Tailoring and alterations");
    return details;
  }

  private static String refusedField(LaunchDetails details, Participant participant) {
    return assertThrows(
            IncubatorException.class,
            () -> BusinessLaunch.recorded(participant, details, CASABLANCA, TODAY, "karim", NOW))
        .getField()
        .orElseThrow();
  }

  private static LaunchDetails workshopWith(Consumer<LaunchDetails> change) {
    LaunchDetails details = workshop();
    change.accept(details);
    return details;
  }

  @Test
  void aLaunchMovesTheJourneyOnAndKeepsItsFactsTrimmed() {
    Participant participant = trained("CL1");
    var launch = BusinessLaunch.recorded(participant, workshop(), CASABLANCA, TODAY, "karim", NOW);
    assertEquals(JourneyStage.LAUNCHED, participant.getStage());
    assertEquals("AE-2028-00417", launch.getRegistrationNumber());
    assertEquals("12 derb Sidi Bouloukat, Hay Mohammadi", launch.getAddress());
    assertEquals("karim", launch.getRecordedBy());
    assertTrue(launch.getConfirmedBy().isEmpty());
  }

  @Test
  void aPersonStillInTrainingHasNoBusinessToLaunchYet() {
    Participant participant = Participant.admitted(admissions.admitted("CL2"), "karim", NOW);
    var refused =
        assertThrows(
            IncubatorException.class,
            () -> BusinessLaunch.recorded(participant, workshop(), CASABLANCA, TODAY, "k", NOW));
    assertEquals("training.journey.illegalMove", refused.getMessageKey());
    assertEquals(JourneyStage.IN_TRAINING, participant.getStage());
  }

  @Test
  void eachFactIsRefusedOnItsOwnField() {
    Participant p = trained("CL3");
    assertEquals("legalForm", refusedField(workshopWith(d -> d.setLegalForm(null)), p));
    assertEquals("startedOn", refusedField(workshopWith(d -> d.setStartedOn(null)), p));
    assertEquals(
        "startedOn", refusedField(workshopWith(d -> d.setStartedOn(TODAY.plusDays(1))), p));
    assertEquals("launchAddress", refusedField(workshopWith(d -> d.setAddress("   ")), p));
    assertEquals("activity", refusedField(workshopWith(d -> d.setActivity("x".repeat(301))), p));
    assertEquals(
        "registrationNumber",
        refusedField(workshopWith(d -> d.setRegistrationNumber("9".repeat(41))), p));
    assertEquals(
        "registrationNumber",
        refusedField(workshopWith(d -> d.setLegalForm(LegalForm.NOT_REGISTERED)), p),
        "a business not registered yet has no number");
    assertEquals(
        "launchProvince",
        assertThrows(
                IncubatorException.class,
                () -> BusinessLaunch.recorded(p, workshop(), null, TODAY, "karim", NOW))
            .getField()
            .orElseThrow());
    assertEquals(JourneyStage.TRAINED, p.getStage(), "nothing refused moved the journey");
  }

  @Test
  void theMentorWhoPreparedTheGrantDoesNotVouchAloneForTheLaunchThatReleasesIt() {
    var launch =
        BusinessLaunch.recorded(trained("CL4"), workshop(), CASABLANCA, TODAY, "karim", NOW);
    assertTrue(launch.isVouchedForApartFrom(Set.of()), "no grant: nobody to keep apart");
    assertTrue(launch.isVouchedForApartFrom(Set.of("nadia")));
    assertFalse(launch.isVouchedForApartFrom(Set.of("karim")));

    assertEquals(
        "coaching.launch.confirmByAnother",
        assertThrows(IncubatorException.class, () -> launch.confirm("karim", NOW)).getMessageKey());
    launch.confirm("nadia", NOW);
    assertTrue(launch.isVouchedForApartFrom(Set.of("karim")));
    assertFalse(
        launch.isVouchedForApartFrom(Set.of("karim", "nadia")),
        "two preparers of two requests vouch for neither");
    assertEquals(
        "coaching.launch.alreadyConfirmed",
        assertThrows(IncubatorException.class, () -> launch.confirm("omar", NOW)).getMessageKey());
  }

  @Test
  void aBusinessNotYetRegisteredIsLaunchedWithoutANumber() {
    var details = workshopWith(d -> d.setRegistrationNumber("  "));
    details.setLegalForm(LegalForm.NOT_REGISTERED);
    var launch = BusinessLaunch.recorded(trained("CL5"), details, CASABLANCA, TODAY, "k", NOW);
    assertEquals(null, launch.getRegistrationNumber());
  }
}
