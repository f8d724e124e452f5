package org.incubator.it.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.incubator.coaching.ActionDetails;
import org.incubator.coaching.ActionItem;
import org.incubator.coaching.ActionItems;
import org.incubator.coaching.ActionOwner;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.CaseloadPerson;
import org.incubator.coaching.CaseloadSpread;
import org.incubator.coaching.Caseloads;
import org.incubator.coaching.CoachingFiles;
import org.incubator.coaching.CoachingKind;
import org.incubator.coaching.CoachingSession;
import org.incubator.coaching.CoachingSessions;
import org.incubator.coaching.Counterpart;
import org.incubator.coaching.DealOutcome;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.LaunchView;
import org.incubator.coaching.Launches;
import org.incubator.coaching.LeadMentorChange;
import org.incubator.coaching.LegalForm;
import org.incubator.coaching.MeetingPlace;
import org.incubator.coaching.MeetingStatus;
import org.incubator.coaching.MentorsDay;
import org.incubator.coaching.MyCoaching;
import org.incubator.coaching.OverdueAction;
import org.incubator.coaching.SessionDetails;
import org.incubator.coaching.StoryEvent;
import org.incubator.coaching.StoryKind;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantReview;
import org.incubator.grant.Milestone;
import org.incubator.identity.Role;
import org.incubator.it.support.Accounts;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsCoached;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.it.support.GrantFixtures.Intake;
import org.incubator.it.support.KeptCounts;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingsDetails;
import org.incubator.selection.Committee;
import org.incubator.shared.CentreTime;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;
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

  @EJB(lookup = "java:global/incubator/incubator-ejb/Committee")
  Committee committee;

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

  @EJB(lookup = "java:global/incubator/incubator-ejb/CoachingSessions")
  CoachingSessions sessions;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ActionItems")
  ActionItems actions;

  @EJB(lookup = "java:global/incubator/incubator-ejb/MyCoaching")
  MyCoaching myCoaching;

  @EJB(lookup = AsCoached.JNDI)
  AsCoached asCoached;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  @EJB(lookup = "java:global/incubator/incubator-ejb/CoachingFiles")
  CoachingFiles files;

  @EJB(lookup = "java:global/incubator/incubator-ejb/MentorsDay")
  MentorsDay mentorsDay;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe persistence;

  /** A follow-up held today with two actions: one for the entrepreneur, one for the mentor. */
  private static SessionDetails followUpWithTwoActions() {
    SessionDetails details = SessionDetails.followUpNow(CentreTime.today(), LocalTime.of(9, 0));
    details.setTopics("Stock and prices");
    details.setActions(
        List.of(
            new ActionDetails(
                "Ask two suppliers for prices",
                ActionOwner.ENTREPRENEUR,
                CentreTime.today().plusDays(7)),
            new ActionDetails(
                "Bring the bank's forms", ActionOwner.MENTOR, CentreTime.today().plusDays(3)),
            new ActionDetails(null, ActionOwner.ENTREPRENEUR, null)));
    return details;
  }

  /**
   * The person's holder signs in as "coached" (the account of {@link AsCoached}), and only them.
   */
  private void signsInAsCoached(Long participantId) throws Exception {
    try (var connection = dataSource.getConnection()) {
      try (var others =
          connection.prepareStatement(
              "UPDATE project_holder SET account = NULL, account_confirmed = FALSE WHERE account ="
                  + " 'coached'")) {
        others.executeUpdate();
      }
      try (var link =
          connection.prepareStatement(
              "UPDATE project_holder SET account = 'coached', account_confirmed = TRUE WHERE id ="
                  + " (SELECT holder_id FROM participant WHERE id = ?)")) {
        link.setLong(1, participantId);
        assertEquals(1, link.executeUpdate());
      }
    }
  }

  @Test
  void anEntrepreneurReadsAndClosesOnlyTheirOwnActionsAndOnlyTheLeadMentorClosesThemOnTheirBehalf()
      throws Exception {
    Intake intake = grants.intake("Actions");
    Long coached = grants.ledBy(grants.trained(intake), "mentor");
    Long other = grants.ledBy(grants.trained(intake), "mentor");
    signsInAsCoached(coached);
    asSecondMentor.call(() -> sessions.record(coached, followUpWithTwoActions()));
    asMentor.call(() -> sessions.record(other, followUpWithTwoActions()));
    List<ActionItem> open = asMentor.call(() -> actions.open(coached));
    assertEquals(2, open.size(), "the empty line is not an action");
    ActionItem hers =
        open.stream()
            .filter(a -> a.getOwner() == ActionOwner.ENTREPRENEUR)
            .findFirst()
            .orElseThrow();
    ActionItem mentors =
        open.stream().filter(a -> a.getOwner() == ActionOwner.MENTOR).findFirst().orElseThrow();
    ActionItem notHers =
        asMentor.call(() -> actions.open(other)).stream()
            .filter(a -> a.getOwner() == ActionOwner.ENTREPRENEUR)
            .findFirst()
            .orElseThrow();

    assertEquals(
        List.of(mentors.getId(), hers.getId()),
        asCoached.call(() -> myCoaching.openActions()).stream().map(ActionItem::getId).toList(),
        "her own open actions, the first due first, and nobody else's");
    assertEquals(
        "Karim Bennani", asCoached.call(() -> myCoaching.leadMentor()).orElseThrow().name());
    assertThrows(
        NotFoundException.class,
        () ->
            asCoached.call(
                () -> {
                  myCoaching.done(notHers.getId());
                  return null;
                }),
        "somebody else's action is not found");
    assertThrows(
        NotFoundException.class,
        () ->
            asCoached.call(
                () -> {
                  myCoaching.done(mentors.getId());
                  return null;
                }),
        "the mentor's action is the mentor's to close");
    assertThrows(
        EJBAccessException.class,
        () ->
            asCoached.call(
                () -> {
                  actions.done(notHers.getId(), notHers.getVersion());
                  return null;
                }),
        "the staff's service is not hers");
    asCoached.call(
        () -> {
          myCoaching.done(hers.getId());
          return null;
        });
    assertEquals(
        List.of(mentors.getId()),
        asMentor.call(() -> actions.open(coached)).stream().map(ActionItem::getId).toList());

    assertEquals(
        "coaching.lead.only",
        refused(
                () ->
                    asSecondMentor.call(
                        () -> {
                          actions.done(notHers.getId(), notHers.getVersion());
                          return null;
                        }))
            .getMessageKey(),
        "only the lead mentor closes an entrepreneur's action on their behalf");
    asMentor.call(
        () -> {
          actions.done(notHers.getId(), notHers.getVersion());
          return null;
        });
    ActionItem closed =
        asMentor.call(() -> sessions.page(other, new PageRequest(0, 1, null, true))).stream()
            .findFirst()
            .map(s -> asMentorRead(() -> actions.ofSession(s.getId())))
            .orElseThrow()
            .stream()
            .filter(a -> a.getId().equals(notHers.getId()))
            .findFirst()
            .orElseThrow();
    assertTrue(closed.isOnBehalf(), "the item says a mentor closed it for her");
    asSecondMentor.call(
        () -> {
          actions.drop(mentors.getId(), mentors.getVersion(), "The bank came to the workshop");
          return null;
        });
    assertTrue(asCoached.call(() -> myCoaching.openActions()).isEmpty());
  }

  private <T> T asMentorRead(Callable<T> read) {
    try {
      return asMentor.call(read);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void twoMentorsCorrectingOneSessionAtOnceKeepTheFirstSaveAndRefuseTheStaleOne() throws Exception {
    Intake intake = grants.intake("Sessions");
    Long person = grants.ledBy(grants.trained(intake), "mentor");
    SessionDetails plan = SessionDetails.followUpNow(CentreTime.today(), LocalTime.of(15, 0));
    plan.setKind(CoachingKind.BUSINESS_RELATIONS);
    plan.setPlace(MeetingPlace.BY_PHONE);
    Long planned = asMentor.call(() -> sessions.plan(person, plan));
    long read = asMentor.call(() -> sessions.get(planned)).getVersion();

    SessionDetails held = SessionDetails.of(asMentor.call(() -> sessions.get(planned)));
    held.setMinutes(40);
    held.setTopics("Met the fabric wholesaler");
    assertEquals(
        "counterpart",
        refused(
                () ->
                    asMentor.call(
                        () -> {
                          sessions.hold(planned, read, held);
                          return null;
                        }))
            .getField()
            .orElseThrow(),
        "business relations name whom they met");
    held.setCounterpart(Counterpart.SUPPLIER);
    held.setOutcome(DealOutcome.ORDER);
    held.setOutcomeValue(new BigDecimal("6400"));
    asMentor.call(
        () -> {
          sessions.hold(planned, read, held);
          return null;
        });
    SessionDetails stale = SessionDetails.of(asMentor.call(() -> sessions.get(planned)));
    stale.setTopics("Something else");
    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            asSecondMentor.call(
                () -> {
                  sessions.hold(planned, read, stale);
                  return null;
                }),
        "a correction of the version read before the first save is refused");
    CoachingSession now = asMentor.call(() -> sessions.get(planned));
    assertEquals(MeetingStatus.HELD, now.getStatus());
    assertEquals("Met the fabric wholesaler", now.getTopics(), "nothing of the first save lost");
    assertEquals(Money.mad("6400.00"), now.getOutcomeValue());
    assertEquals(
        "coaching.session.notPlanned",
        refused(
                () ->
                    asMentor.call(
                        () -> {
                          sessions.miss(planned, now.getVersion(), MeetingStatus.NO_SHOW, null);
                          return null;
                        }))
            .getMessageKey(),
        "a held session was not missed");
    assertEquals(1, asMentor.call(() -> sessions.count(person)));
  }

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
          asMentor.call(() -> caseloads.caseloadsNamed(mentor, 8)).stream()
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
  void theCommitteeChoosesTheLeadMentorWithTheAdmissionAndOneWhoLeftBeforeTheConfirmationIsRefused()
      throws Exception {
    Intake intake = grants.intake("Committee lead");
    Long led = grants.shortlisted(intake);
    assertEquals(
        "proposedLeadMentor",
        refused(
                () ->
                    asMentor.call(
                        () ->
                            committee.admit(
                                intake.sessionId(), led, intake.cohortId(), "reviewer")))
            .getField()
            .orElseThrow(),
        "only an active mentor is proposed");
    Long proposal =
        asMentor.call(() -> committee.admit(intake.sessionId(), led, intake.cohortId(), "mentor2"));
    assertEquals(
        Optional.of("mentor2"),
        asMentor.call(() -> committee.openProposal(led)).orElseThrow().getLeadMentor());
    asSecondMentor.call(
        () -> {
          committee.confirm(proposal);
          return null;
        });
    Long person = grants.participantOf(led);
    var mentorship = asMentor.call(() -> caseloads.of(person)).orElseThrow();
    assertEquals("mentor2", mentorship.getLeadMentor());
    assertEquals(1, mentorship.getHistory().size());
    assertEquals("mentor2", mentorship.getHistory().get(0).getBy(), "the confirming member");
    assertTrue(asSecondMentor.call(() -> caseloads.callerLeads(person)));

    String leaving = asAdmin.call(() -> accounts.staff("leaving", Role.MENTOR));
    Long other = grants.shortlisted(intake);
    Long stale =
        asMentor.call(() -> committee.admit(intake.sessionId(), other, intake.cohortId(), leaving));
    try (var connection = dataSource.getConnection();
        var disable =
            connection.prepareStatement(
                "UPDATE user_account SET enabled = FALSE WHERE username = ?")) {
      disable.setString(1, leaving);
      disable.executeUpdate();
    }
    assertEquals(
        "coaching.lead.noLongerMentor",
        refused(
                () ->
                    asSecondMentor.call(
                        () -> {
                          committee.confirm(stale);
                          return null;
                        }))
            .getMessageKey());
    try (var connection = dataSource.getConnection();
        var state =
            connection.prepareStatement(
                "SELECT a.status, (SELECT COUNT(*) FROM participant p WHERE p.application_id ="
                    + " a.id), (SELECT status FROM committee_proposal WHERE id = ?) FROM"
                    + " application a WHERE a.id = ?")) {
      state.setLong(1, stale);
      state.setLong(2, other);
      try (var row = state.executeQuery()) {
        assertTrue(row.next());
        assertEquals("SHORTLISTED", row.getString(1), "nothing of the admission took effect");
        assertEquals(0, row.getInt(2));
        assertEquals("PROPOSED", row.getString(3), "the proposal waits to be set aside");
      }
    }
  }

  @Test
  void handOversAtTheSameMomentNeitherDeadlockNorMiscountTheCaseloads() throws Exception {
    Intake intake = grants.intake("Hand-overs");
    String east = asAdmin.call(() -> accounts.staff("east", Role.MENTOR));
    String west = asAdmin.call(() -> accounts.staff("west", Role.MENTOR));
    List<Long> ledByEast = new ArrayList<>();
    List<Long> ledByWest = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ledByEast.add(grants.participantOf(grants.admitted(intake, east)));
      ledByWest.add(grants.participantOf(grants.admitted(intake, west)));
    }
    assertEquals(3, asMentor.call(() -> caseloads.countPeople(east)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<?> toWest = pool.submit(handOver(start, ledByEast, west));
      Future<?> toEast = pool.submit(handOver(start, ledByWest, east));
      start.countDown();
      toWest.get(1, TimeUnit.MINUTES);
      toEast.get(1, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, asMentor.call(() -> caseloads.countPeople(east)));
    assertEquals(3, asMentor.call(() -> caseloads.countPeople(west)));
    asMentor.call(
        () -> {
          participants.dropOut(ledByEast.get(0), "Found a job in Rabat");
          return null;
        });
    assertEquals(2, asMentor.call(() -> caseloads.countPeople(west)));
    assertKeptCaseloadsEqualARecount();
  }

  private Callable<Void> handOver(CountDownLatch start, List<Long> people, String to) {
    return () -> {
      start.await();
      for (Long person : people) {
        asAdmin.call(() -> caseloads.assign(person, to, "Rebalanced"));
      }
      return null;
    };
  }

  /** The caseloads the database keeps are those a count over every participant finds. */
  private void assertKeptCaseloadsEqualARecount() throws Exception {
    KeptCounts.assertKeptEqualsRecount(
        dataSource,
        "SELECT mentor, people, launched FROM mentor_caseload WHERE people <> 0 OR launched <> 0"
            + " ORDER BY mentor",
        "SELECT COALESCE(m.lead_mentor, '') AS mentor, COUNT(*), SUM(p.stage = 'LAUNCHED') FROM"
            + " participant p LEFT JOIN mentorship m ON m.participant_id = p.id WHERE p.stage IN"
            + " ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') GROUP BY"
            + " COALESCE(m.lead_mentor, '') ORDER BY mentor");
  }

  @Test
  void theCaseloadsListIsPagedFullestFirstAndItsChartCountsEveryMentorInAFewBands()
      throws Exception {
    Intake intake = grants.intake("Caseload pages");
    grants.ledBy(grants.trained(intake), "mentor2");
    List<Caseload> every = everyCaseload();
    assertTrue(every.size() >= 2, "the demo's mentors: " + every);
    int cap = every.get(0).cap();

    PersistenceProbe.Recorded<CaseloadSpread> read =
        persistence.during(() -> asMentor.call(() -> caseloads.spread()));
    CaseloadSpread spread = read.result();
    assertEquals(2, read.statements().size(), "the cap, then the bands: " + read.statements());
    assertEquals(cap, spread.cap());
    try (var connection = dataSource.getConnection();
        var recount =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM participant p LEFT JOIN mentorship m ON"
                        + " m.participant_id = p.id WHERE m.lead_mentor IS NULL AND p.stage IN"
                        + " ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED')")) {
      recount.next();
      assertEquals(recount.getLong(1), spread.withoutLead(), "people without a lead mentor");
    }
    for (CaseloadSpread.Band band : spread.bands()) {
      assertEquals(
          every.stream()
              .filter(
                  c ->
                      c.people() >= band.least() && (band.isOverCap() || c.people() <= band.most()))
              .count(),
          band.mentors(),
          "mentors leading " + band.least() + " to " + band.most());
    }
    assertEquals(
        every.size(), spread.bands().stream().mapToLong(CaseloadSpread.Band::mentors).sum());
    assertEquals(every.stream().filter(Caseload::isOverCap).count(), spread.mentorsOverCap());

    assertEquals(every.size(), asMentor.call(() -> caseloads.countMentors()));
    List<Caseload> paged = new ArrayList<>();
    for (int first = 0; first < every.size(); first += 2) {
      int from = first;
      var page =
          persistence.during(
              () ->
                  asMentor.call(
                      () -> caseloads.caseloads(new PageRequest(from, 2, null, true), cap)));
      assertEquals(1, page.statements().size(), page.statements().toString());
      paged.addAll(page.result());
    }
    assertEquals(
        every.stream().map(Caseload::people).toList(),
        paged.stream().map(Caseload::people).toList(),
        "fullest first, page after page");
    assertEquals(
        every.stream().map(Caseload::mentor).sorted().toList(),
        paged.stream().map(Caseload::mentor).sorted().toList(),
        "every mentor once");
    Caseload second = every.stream().filter(c -> c.mentor().equals("mentor2")).findFirst().get();
    assertEquals(Optional.of(second), asMentor.call(() -> caseloads.caseloadOf("MENTOR2", cap)));
    assertEquals(Optional.empty(), asMentor.call(() -> caseloads.caseloadOf("reviewer", cap)));
  }

  @Test
  void aLeadMentorIsSuggestedByTheStartOfTheirNameOrOfAWordOfItWithTheirCaseload()
      throws Exception {
    List<Caseload> every = everyCaseload();
    Caseload nadia = every.stream().filter(c -> c.mentor().equals("mentor2")).findFirst().get();

    PersistenceProbe.Recorded<List<Caseload>> read =
        persistence.during(() -> asAdmin.call(() -> caseloads.caseloadsNamed(" El ID ", 8)));
    assertTrue(read.result().contains(nadia), "a word's start, in any case: " + read.result());
    assertTrue(read.statements().size() <= 2, "the cap, the mentors: " + read.statements());
    assertTrue(
        asAdmin.call(() -> caseloads.caseloadsNamed("nad", 8)).contains(nadia), "the name's start");
    assertTrue(
        asAdmin.call(() -> caseloads.caseloadsNamed("mentor2", 8)).contains(nadia),
        "the user name");
    assertFalse(
        asAdmin.call(() -> caseloads.caseloadsNamed("adia", 8)).contains(nadia),
        "not the middle of a word");
    assertEquals(List.of(), asAdmin.call(() -> caseloads.caseloadsNamed("%", 8)), "% as itself");
    assertEquals(
        List.of(), asAdmin.call(() -> caseloads.caseloadsNamed("revi", 8)), "no reviewer leads");

    List<Caseload> few = asAdmin.call(() -> caseloads.caseloadsNamed("", 2));
    assertEquals(2, few.size(), "at most as many as asked");
    List<Caseload> byName = new ArrayList<>(every);
    byName.sort(Comparator.comparing(Caseload::name).thenComparing(Caseload::mentor));
    assertEquals(byName.subList(0, 2), few, "by name");
  }

  /** Every active mentor's caseload, fullest first, as the caseloads' list pages them. */
  private List<Caseload> everyCaseload() throws Exception {
    int cap = asMentor.call(() -> programme.settings().number(Setting.CASELOAD_CAP));
    List<Caseload> every = new ArrayList<>();
    List<Caseload> page;
    do {
      PageRequest next = new PageRequest(every.size(), PageRequest.MAX_SIZE, null, true);
      page = asMentor.call(() -> caseloads.caseloads(next, cap));
      every.addAll(page);
    } while (page.size() == PageRequest.MAX_SIZE);
    return every;
  }

  @Test
  void anEntrepreneurReachesNoneOfIt() throws Exception {
    assertThrows(
        EJBAccessException.class, () -> asEntrepreneur.call(() -> caseloads.caseloadsNamed("", 8)));
    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> caseloads.spread()));
    assertThrows(
        EJBAccessException.class,
        () -> asReviewer.call(() -> caseloads.caseloads(new PageRequest(0, 20, null, true), 20)));
    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> launches.of(1L)));
    assertThrows(
        EJBAccessException.class,
        () -> asReviewer.call(() -> launches.record(1L, GrantFixtures.workshop())));
  }

  @Test
  void theStoryIsNewestFirstAndTheMentorsDayShowsWhatNeedsHimInStatementsThatDoNotGrow()
      throws Exception {
    Intake intake = grants.intake("Story");
    Long person = grants.ledBy(grants.trained(intake), "mentor2");
    asSecondMentor.call(() -> launches.record(person, GrantFixtures.workshop()));
    SessionDetails lastMonth =
        SessionDetails.followUpNow(CentreTime.today().minusDays(40), LocalTime.of(11, 0));
    lastMonth.setTopics("First month's accounts");
    lastMonth.setActions(
        List.of(
            new ActionDetails(
                "Send the invoices", ActionOwner.ENTREPRENEUR, CentreTime.today().minusDays(33))));
    Long planned =
        asSecondMentor.call(
            () ->
                sessions.plan(
                    person, SessionDetails.followUpNow(CentreTime.today(), LocalTime.of(23, 0))));
    Long old =
        asSecondMentor.call(
            () ->
                sessions.plan(
                    person, SessionDetails.followUpNow(CentreTime.today(), LocalTime.of(8, 0))));
    asSecondMentor.call(
        () -> {
          sessions.hold(old, sessions.get(old).getVersion(), lastMonth);
          return null;
        });

    PersistenceProbe.Recorded<List<StoryEvent>> read =
        persistence.during(() -> asMentor.call(() -> files.story(person)));
    List<StoryEvent> story = read.result();
    for (int i = 1; i < story.size(); i++) {
      assertFalse(story.get(i).at().isAfter(story.get(i - 1).at()), "newest first: " + story);
    }
    List<StoryKind> kinds = story.stream().map(StoryEvent::kind).distinct().toList();
    assertTrue(
        kinds.containsAll(
            List.of(
                StoryKind.APPLICATION,
                StoryKind.JOURNEY,
                StoryKind.LAUNCH,
                StoryKind.SESSION,
                StoryKind.ACTION)),
        "the whole story: " + kinds);
    assertEquals(
        StoryKind.LAUNCH,
        story.get(0).kind().equals(StoryKind.JOURNEY) ? StoryKind.LAUNCH : story.get(0).kind(),
        "the launch (and its journey move) is the latest event");
    assertTrue(
        story.stream()
            .noneMatch(e -> e.what() == MeetingStatus.PLANNED || e.how() == MeetingStatus.PLANNED),
        "a planned session is not yet part of the story");
    assertTrue(read.statements().size() <= 9, "one statement per kind: " + read.statements());

    var day =
        persistence.during(
            () -> asSecondMentor.call(() -> mentorsDay.overdueActions(CentreTime.today())));
    assertTrue(day.result().stream().anyMatch(a -> a.what().equals("Send the invoices")));
    assertEquals(1, day.statements().size(), day.statements().toString());
    assertTrue(
        asMentor.call(() -> mentorsDay.overdueActions(CentreTime.today())).stream()
            .noneMatch(a -> a.participantId().equals(person)),
        "another mentor's people are not on his day");
    var visits =
        persistence.during(
            () ->
                asSecondMentor.call(
                    () -> mentorsDay.sessions(CentreTime.today(), CentreTime.today())));
    assertTrue(visits.result().stream().anyMatch(v -> v.id().equals(planned)));
    assertEquals(1, visits.statements().size());

    // seen 40 days ago, above the 30 days of the setting: on Nadia's day
    var unseen =
        persistence.during(() -> asSecondMentor.call(() -> mentorsDay.notSeen(CentreTime.today())));
    assertTrue(
        unseen.result().stream().anyMatch(n -> n.participantId().equals(person) && !n.never()),
        "not seen for 40 days");
    assertTrue(unseen.statements().size() <= 2, "the setting and the list: " + unseen.statements());
    asSecondMentor.call(() -> sessions.record(person, followUpWithTwoActions()));
    assertTrue(
        asSecondMentor.call(() -> mentorsDay.notSeen(CentreTime.today())).stream()
            .noneMatch(n -> n.participantId().equals(person)),
        "seen today");
    assertEquals(
        List.of("Bring the bank's forms"),
        asSecondMentor.call(() -> mentorsDay.myActions(CentreTime.today(), 7)).stream()
            .filter(a -> a.participantId().equals(person))
            .map(OverdueAction::what)
            .toList(),
        "her own action to do, not the entrepreneur's");
    assertEquals(
        60,
        asMentor.call(() -> sessions.minutesHeld(person)),
        "two sessions of half an hour held; the planned one does not count");
  }
}
