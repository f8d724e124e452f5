package org.incubator.it.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.CaseloadPerson;
import org.incubator.coaching.Caseloads;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.LaunchView;
import org.incubator.coaching.Launches;
import org.incubator.coaching.LeadMentorChange;
import org.incubator.coaching.LegalForm;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantReview;
import org.incubator.grant.Milestone;
import org.incubator.identity.Role;
import org.incubator.it.support.Accounts;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.it.support.GrantFixtures.Intake;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingsDetails;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.training.JourneyStage;
import org.incubator.training.Participants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coaching in WildFly on MariaDB: who leads whom, and the launch of a business as the milestone
 * that releases money — separation of duties included, whatever page or request asks.
 */
@ExtendWith(ArquillianExtension.class)
class CoachingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(CoachingIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/Caseloads")
  Caseloads caseloads;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Launches")
  Launches launches;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Participants")
  Participants participants;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Disbursements")
  Disbursements disbursements;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantReview")
  GrantReview review;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Programme")
  Programme programme;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @EJB(lookup = GrantFixtures.JNDI)
  GrantFixtures grants;

  @EJB(lookup = Accounts.JNDI)
  Accounts accounts;

  private static IncubatorException refused(Callable<?> work) {
    return assertThrows(IncubatorException.class, work::call);
  }

  private LaunchView launchOf(Long person) throws Exception {
    return asMentor.call(() -> launches.of(person)).orElseThrow();
  }

  @Test
  void theLaunchReleasesItsTrancheOnceAMentorWhoDidNotPrepareTheGrantVouchesForIt()
      throws Exception {
    Intake intake = grants.intake("Launch milestone");
    Long envelope = grants.envelope("Launch envelope", "100000", intake.callId());
    Long karimsApplication = grants.trained(intake);
    Long nadiasApplication = grants.trained(intake);
    Long karimsRequest = grants.submitted(karimsApplication, envelope, "9000");
    Long nadiasRequest = grants.submitted(nadiasApplication, envelope, "8000");
    for (Long request : List.of(karimsRequest, nadiasRequest)) {
      asReviewer.call(
          () -> {
            review.approve(request, null);
            return null;
          });
    }
    assertFalse(
        asSecondMentor
            .call(() -> disbursements.confirmableMilestones())
            .contains(Milestone.BUSINESS_LAUNCHED),
        "the launch has its source of facts: no confirmation by hand is offered");

    // Karim prepared the grant and leads the person: his word alone releases nothing
    Long karims = grants.ledBy(karimsApplication, "mentor");
    assertEquals(
        "coaching.lead.only",
        refused(() -> asSecondMentor.call(() -> launches.record(karims, GrantFixtures.workshop())))
            .getMessageKey(),
        "only the lead mentor records the launch");
    asMentor.call(() -> launches.record(karims, GrantFixtures.workshop()));
    assertEquals(
        JourneyStage.LAUNCHED, asMentor.call(() -> participants.getParticipant(karims)).getStage());
    assertTrue(launchOf(karims).awaitingSecondMentor());
    assertFalse(asAdmin.call(() -> disbursements.tranches(karimsRequest)).get(0).isPayable());
    long version = launchOf(karims).launch().getVersion();
    assertEquals(
        "grant.milestone.preparedByYou",
        refused(
                () ->
                    asMentor.call(
                        () -> {
                          launches.confirm(karims, version);
                          return null;
                        }))
            .getMessageKey());
    assertEquals(
        "coaching.launch.already",
        refused(() -> asMentor.call(() -> launches.record(karims, GrantFixtures.workshop())))
            .getMessageKey());
    asSecondMentor.call(
        () -> {
          launches.confirm(karims, version);
          return null;
        });
    assertFalse(launchOf(karims).awaitingSecondMentor());
    assertEquals(Optional.of("mentor2"), launchOf(karims).launch().getConfirmedBy());
    assertTrue(
        asAdmin.call(() -> disbursements.tranches(karimsRequest)).get(0).isPayable(),
        "a second mentor's confirmation released the tranche");

    // Nadia leads a person whose grant Karim prepared: her record releases it at once
    Long nadias = grants.ledBy(nadiasApplication, "mentor2");
    asSecondMentor.call(() -> launches.record(nadias, GrantFixtures.workshop()));
    assertFalse(launchOf(nadias).awaitingSecondMentor());
    assertTrue(asAdmin.call(() -> disbursements.tranches(nadiasRequest)).get(0).isPayable());
  }

  @Test
  void aLaunchIsRefusedOnTheFieldItConcernsAndAStaleCorrectionLosesNothing() throws Exception {
    Intake intake = grants.intake("Launch facts");
    Long inTraining = grants.ledBy(grants.admitted(intake), "mentor");
    assertEquals(
        "training.journey.illegalMove",
        refused(() -> asMentor.call(() -> launches.record(inTraining, GrantFixtures.workshop())))
            .getMessageKey(),
        "a person still in training has no business to launch");

    Long person = grants.ledBy(grants.trained(intake), "mentor");
    LaunchDetails unregistered = GrantFixtures.workshop();
    unregistered.setLegalForm(LegalForm.NOT_REGISTERED);
    assertEquals(
        "registrationNumber",
        refused(() -> asMentor.call(() -> launches.record(person, unregistered)))
            .getField()
            .orElseThrow());
    LaunchDetails nowhere = GrantFixtures.workshop();
    nowhere.setProvinceCode("ATLANTIS");
    assertEquals(
        "launchProvince",
        refused(() -> asMentor.call(() -> launches.record(person, nowhere)))
            .getField()
            .orElseThrow());
    assertTrue(asMentor.call(() -> launches.of(person)).isEmpty(), "nothing refused was kept");

    asMentor.call(() -> launches.record(person, GrantFixtures.workshop()));
    long read = launchOf(person).launch().getVersion();
    LaunchDetails moved = GrantFixtures.workshop();
    moved.setAddress("Bloc 7, Sidi Moumen");
    asMentor.call(
        () -> {
          launches.correct(person, read, moved);
          return null;
        });
    LaunchDetails stale = GrantFixtures.workshop();
    stale.setActivity("Curtains");
    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            asMentor.call(
                () -> {
                  launches.correct(person, read, stale);
                  return null;
                }),
        "a correction based on what was read before the last one is refused");
    assertEquals("Bloc 7, Sidi Moumen", launchOf(person).launch().getAddress());
    assertEquals("Tailoring and alterations", launchOf(person).launch().getActivity());
    assertEquals(
        "coaching.lead.only",
        refused(
                () ->
                    asSecondMentor.call(
                        () -> {
                          launches.correct(person, launchOf(person).launch().getVersion(), moved);
                          return null;
                        }))
            .getMessageKey(),
        "another mentor reads the launch but does not change it");
  }

  @Test
  void theAdministratorChoosesTheLeadMentorEveryChangeIsKeptAndCaseloadsCountAgainstTheCap()
      throws Exception {
    Intake intake = grants.intake("Caseloads");
    String mentor = asAdmin.call(() -> accounts.staff("lead", Role.MENTOR));
    Long first = grants.participantOf(grants.admitted(intake));
    Long second = grants.participantOf(grants.admitted(intake));
    assertThrows(
        EJBAccessException.class,
        () ->
            asMentor.call(
                () -> {
                  caseloads.assign(first, "mentor", null);
                  return null;
                }),
        "a mentor does not choose who leads");
    assertEquals(
        "leadMentor",
        refused(
                () ->
                    asAdmin.call(
                        () -> {
                          caseloads.assign(first, "reviewer", null);
                          return null;
                        }))
            .getField()
            .orElseThrow(),
        "only an active mentor leads");
    asAdmin.call(
        () -> {
          caseloads.assign(first, "mentor2", null);
          caseloads.assign(first, mentor, "Closer to her neighbourhood");
          caseloads.assign(first, mentor, "twice");
          caseloads.assign(second, mentor, null);
          return null;
        });
    List<LeadMentorChange> history =
        asMentor.call(() -> caseloads.of(first)).orElseThrow().getHistory();
    assertEquals(
        List.of("mentor2", mentor), history.stream().map(LeadMentorChange::getTo).toList());
    assertEquals(Optional.of("mentor2"), history.get(1).getFrom());
    assertEquals("Closer to her neighbourhood", history.get(1).getReason());
    assertEquals("admin", history.get(1).getBy());

    try {
      asAdmin.call(
          () -> {
            programme.change(
                SettingsDetails.of(programme.settings()).type(Setting.CASELOAD_CAP, "1"));
            return null;
          });
      Caseload load =
          asMentor.call(() -> caseloads.caseloads()).stream()
              .filter(c -> c.mentor().equals(mentor))
              .findFirst()
              .orElseThrow();
      assertEquals(2, load.people());
      assertTrue(load.isOverCap());
      List<CaseloadPerson> page =
          asMentor.call(() -> caseloads.people(mentor, new PageRequest(0, 20, null, true)));
      assertEquals(List.of(first, second).size(), page.size());
      assertEquals(2, asMentor.call(() -> caseloads.countPeople(mentor)));
    } finally {
      asAdmin.call(
          () -> {
            programme.change(
                SettingsDetails.of(programme.settings()).type(Setting.CASELOAD_CAP, "20"));
            return null;
          });
    }

    asMentor.call(
        () -> {
          participants.dropOut(second, "Moved to Agadir");
          return null;
        });
    assertEquals(
        1,
        asMentor.call(() -> caseloads.countPeople(mentor)),
        "who left the programme leaves the caseload");
    assertEquals(
        "coaching.lead.notFollowed",
        refused(
                () ->
                    asAdmin.call(
                        () -> {
                          caseloads.assign(second, "mentor", null);
                          return null;
                        }))
            .getMessageKey());
  }

  @Test
  void anEntrepreneurReachesNoneOfIt() throws Exception {
    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> caseloads.caseloads()));
    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> launches.of(1L)));
    assertThrows(
        EJBAccessException.class,
        () -> asReviewer.call(() -> launches.record(1L, GrantFixtures.workshop())));
  }
}
