package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.AccountDetails;
import org.incubator.identity.Role;
import org.incubator.identity.StaffAccounts;
import org.incubator.identity.UserAccount;
import org.incubator.identity.UserAccounts;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Applications;
import org.incubator.selection.CohortDetails;
import org.incubator.selection.Cohorts;
import org.incubator.selection.Committee;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.MyApplications;
import org.incubator.selection.RankedApplication;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.selection.SessionDetails;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scoring, ranking, the committee's decisions and cohort places, in WildFly on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CommitteeIT {

  private static final AtomicInteger CINS = new AtomicInteger(10_000);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(CommitteeIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  Applications applications;

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Cohorts")
  Cohorts cohorts;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Committee")
  Committee committee;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Ranking")
  Ranking ranking;

  @EJB(lookup = "java:global/incubator/incubator-ejb/MyApplications")
  MyApplications myApplications;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = "java:global/incubator/incubator-ejb/StaffAccounts")
  StaffAccounts staff;

  @EJB(lookup = "java:global/incubator/incubator-ejb/UserAccounts")
  UserAccounts accounts;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe probe;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  private Long formCohort(Long callId, String name, int capacity) throws Exception {
    var details = new CohortDetails();
    details.setName(name);
    details.setStartsOn(LocalDate.of(2027, 9, 1));
    details.setEndsOn(LocalDate.of(2027, 12, 20));
    details.setCapacity(capacity);
    return asAdmin.call(() -> cohorts.form(callId, details));
  }

  private static String anotherMentor;

  /** A third mentor, so that three can sit without the administrator. */
  private String anotherMentor() throws Exception {
    if (anotherMentor == null) {
      anotherMentor = newMentor("sitting", "Omar Sitting");
    }
    return anotherMentor;
  }

  /** A mentor opened by the administrator under this name; their user name. */
  private String newMentor(String username, String name) throws Exception {
    var details = new AccountDetails();
    details.setUsername(username + System.nanoTime() % 1_000_000);
    details.setDisplayName(name);
    details.setRole(Role.MENTOR);
    details.setPhone("06 61 00 00 02");
    details.setEmail(username + "@centre.example.ma");
    asAdmin.call(() -> staff.open(details));
    return details.getUsername();
  }

  private Long session(Long callId, String... members) throws Exception {
    var details = new SessionDetails();
    details.setHeldOn(LocalDate.of(2027, 6, 15));
    details.setMembers(List.of(members));
    details.setMinutes("Quorum reached; files presented by the mentors.");
    return asAdmin.call(() -> committee.openSession(callId, details));
  }

  /** An eligible application to the call, marked so that its total is {@code mark} × 10. */
  private Long application(Long callId, int mark, Gender gender) throws Exception {
    ProjectHolderDetails details =
        Holders.details("CM" + CINS.incrementAndGet(), "Candidate", "Number" + CINS.get());
    details.setGender(gender);
    Long holderId = asMentor.call(() -> register.register(details));
    Long id = asMentor.call(() -> applications.applyOnPaper(holderId, callId));
    long version = asMentor.call(() -> applications.getApplication(id)).getVersion();
    Map<Criterion, Integer> marks =
        Map.of(
            Criterion.VULNERABILITY,
            mark,
            Criterion.SKILLS,
            mark,
            Criterion.VIABILITY,
            mark,
            Criterion.INTERVIEW,
            mark);
    asMentor.call(
        () -> {
          applications.score(id, version, marks);
          return null;
        });
    return id;
  }

  private Long shortlisted(Long callId, int mark) throws Exception {
    Long id = application(callId, mark, Gender.FEMALE);
    asMentor.call(
        () -> {
          applications.shortlist(id);
          return null;
        });
    return id;
  }

  private ApplicationStatus statusOf(Long id) throws Exception {
    return asMentor.call(() -> applications.getApplication(id)).getStatus();
  }

  private int admittedInDatabase(Long cohortId) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM application WHERE cohort_id = ? AND status = 'ADMITTED'")) {
      statement.setLong(1, cohortId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void aCohortNeverExceedsItsCapacityWhenTwoMembersConfirmAdmissionsAtTheSameMoment()
      throws Exception {
    Long callId = calls.open("Crowded call");
    Long sessionId = session(callId, "mentor", "mentor2", "admin");
    int capacity = 3;
    int candidates = 8;
    ExecutorService pool = Executors.newFixedThreadPool(candidates);
    try {
      for (int round = 1; round <= 3; round++) {
        Long cohortId = formCohort(callId, "Cohort of round " + round, capacity);
        List<Long> shortlist = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
          shortlist.add(shortlisted(callId, 5 + i % 5));
        }
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
          Long applicationId = shortlist.get(i);
          proposals.add(
              i % 2 == 0
                  ? asMentor.call(() -> committee.admit(sessionId, applicationId, cohortId))
                  : asSecondMentor.call(() -> committee.admit(sessionId, applicationId, cohortId)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> admissions = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
          Long proposalId = proposals.get(i);
          boolean proposedByFirst = i % 2 == 0;
          admissions.add(
              pool.submit(
                  () -> {
                    start.await();
                    // the other member confirms: four eyes, and the cohort's places under its lock
                    if (proposedByFirst) {
                      asSecondMentor.call(
                          () -> {
                            committee.confirm(proposalId);
                            return null;
                          });
                    } else {
                      asMentor.call(
                          () -> {
                            committee.confirm(proposalId);
                            return null;
                          });
                    }
                    return null;
                  }));
        }
        start.countDown();
        int admitted = 0;
        for (Future<Void> admission : admissions) {
          try {
            admission.get();
            admitted++;
          } catch (ExecutionException e) {
            assertEquals(
                "selection.cohort.full",
                assertInstanceOf(IncubatorException.class, e.getCause()).getMessageKey());
          }
        }
        assertEquals(capacity, admitted, "admissions that went through in round " + round);
        assertEquals(capacity, admittedInDatabase(cohortId));
        assertEquals(capacity, asMentor.call(() -> cohorts.getCohort(cohortId)).getAdmitted());
        long stillShortlisted = 0;
        for (Long id : shortlist) {
          stillShortlisted += statusOf(id) == ApplicationStatus.SHORTLISTED ? 1 : 0;
        }
        assertEquals(candidates - capacity, stillShortlisted);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyTheCentresMentorsAndAdministratorsSitWhateverThePageSends() throws Exception {
    Long callId = calls.open("Call with an outsider");
    for (String outsider : List.of("reviewer2", "amina", "nobody-" + System.nanoTime())) {
      var refused =
          assertThrows(IncubatorException.class, () -> session(callId, "mentor", outsider));
      assertEquals("selection.committee.notAMember", refused.getMessageKey(), outsider);
      assertEquals(Optional.of("members"), refused.getField());
    }
    var nobody = assertThrows(IncubatorException.class, () -> session(callId));
    assertEquals("selection.committee.noMembers", nobody.getMessageKey());
    assertEquals(Optional.of("members"), nobody.getField());
    assertTrue(asAdmin.call(() -> committee.sessionsOf(callId)).isEmpty(), "no session kept");
    session(callId, "MENTOR", "mentor2 ");
    assertEquals(
        Set.of("mentor", "mentor2"),
        asAdmin.call(() -> committee.sessionsOf(callId)).get(0).getMembers());
  }

  @Test
  void theMembersFieldSuggestsAFewOfTheStaffByTheStartOfTheirNames() throws Exception {
    assertEquals(
        List.of("admin"),
        usernames(asMentor.call(() -> accounts.committeeCandidates(" SAM", 8))),
        "an administrator sits, found by the start of her name in any case");
    assertTrue(
        usernames(asMentor.call(() -> accounts.committeeCandidates("idr", 8))).contains("mentor2"),
        "a word of the name");
    assertEquals(List.of(), asMentor.call(() -> accounts.mentorsNamed("sam", 8)), "no mentor");
    assertEquals(
        List.of(), asMentor.call(() -> accounts.committeeCandidates("rev", 8)), "no reviewer");
    assertEquals(
        List.of(), asMentor.call(() -> accounts.committeeCandidates("_", 8)), "_ as itself");
    assertEquals(2, asMentor.call(() -> accounts.committeeCandidates("", 2)).size(), "a few");

    String arabic = newMentor("karima", "كريمة العلوي");
    assertTrue(
        usernames(asMentor.call(() -> accounts.mentorsNamed("كري", 8))).contains(arabic),
        "a name written in Arabic, by its start");
    assertTrue(
        usernames(asMentor.call(() -> accounts.committeeCandidates("العل", 8))).contains(arabic),
        "and by the start of its second word");
    var names =
        probe.during(
            () ->
                asMentor.call(() -> accounts.displayNames(List.of("mentor", "mentor2", "ghost"))));
    assertEquals(
        Map.of("mentor", "Karim Bennani", "mentor2", "Nadia El Idrissi"),
        names.result(),
        "the names of those who have an account");
    assertEquals(1, names.statements().size(), names.statements().toString());
    assertThrows(
        EJBAccessException.class,
        () -> asEntrepreneur.call(() -> accounts.displayNames(List.of("mentor"))));
  }

  private static List<String> usernames(List<UserAccount> accounts) {
    return accounts.stream().map(UserAccount::getUsername).toList();
  }

  @Test
  void aMemberWithAConflictOfInterestCannotDecideAndNeitherCanSomeoneWhoDidNotSit()
      throws Exception {
    Long callId = calls.open("Call with a conflict");
    Long cohortId = formCohort(callId, "Cohort", 5);
    Long sessionId = session(callId, "mentor", "mentor2", anotherMentor());
    Long cousin = shortlisted(callId, 7);
    Long twoPresent = session(callId, "mentor", "mentor2");
    var noQuorum =
        assertThrows(
            IncubatorException.class,
            () -> asMentor.call(() -> committee.admit(twoPresent, cousin, cohortId)));
    assertEquals(
        "selection.committee.quorum", noQuorum.getMessageKey(), "three members present by default");

    asMentor.call(
        () -> {
          committee.declareConflict(cousin);
          return null;
        });
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      committee.admit(sessionId, cousin, cohortId);
                      return null;
                    }));
    assertEquals("selection.committee.conflict", refused.getMessageKey());
    assertEquals(ApplicationStatus.SHORTLISTED, statusOf(cousin));
    assertEquals(List.of("mentor"), asAdmin.call(() -> committee.conflictsOf(cousin)));
    var scoring =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      applications.score(
                          cousin,
                          applications.getApplication(cousin).getVersion(),
                          java.util.Map.of(org.incubator.selection.Criterion.INTERVIEW, 9));
                      return null;
                    }));
    assertEquals(
        "selection.conflict.noScoring",
        scoring.getMessageKey(),
        "a declared conflict keeps the member from scoring too");

    var absent =
        assertThrows(
            IncubatorException.class,
            () ->
                asAdmin.call(
                    () -> {
                      committee.admit(sessionId, cousin, cohortId);
                      return null;
                    }));
    assertEquals("selection.committee.notMember", absent.getMessageKey());

    Long proposal = asSecondMentor.call(() -> committee.admit(sessionId, cousin, cohortId));
    assertEquals(
        ApplicationStatus.SHORTLISTED, statusOf(cousin), "a proposal alone decides nothing");
    var own =
        assertThrows(
            IncubatorException.class,
            () ->
                asSecondMentor.call(
                    () -> {
                      committee.confirm(proposal);
                      return null;
                    }));
    assertEquals("selection.committee.sameMember", own.getMessageKey(), "four eyes");
    var conflicted =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      committee.confirm(proposal);
                      return null;
                    }));
    assertEquals("selection.committee.conflict", conflicted.getMessageKey());
    assertEquals(ApplicationStatus.SHORTLISTED, statusOf(cousin));
    asSecondMentor.call(
        () -> {
          committee.setAside(proposal);
          return null;
        });
    assertTrue(asMentor.call(() -> committee.openProposal(cousin)).isEmpty());
  }

  /** A decision as the committee takes it: proposed by one member present, confirmed by another. */
  private void decided(java.util.concurrent.Callable<Long> proposal) throws Exception {
    Long id = asMentor.call(proposal);
    asSecondMentor.call(
        () -> {
          committee.confirm(id);
          return null;
        });
  }

  @Test
  void aCallsSessionsAreReadOnceEachWithTheirMembersInOneStatement() throws Exception {
    Long callId = calls.open("Call with two sessions");
    Long first = session(callId, "mentor", "mentor2", "admin");
    Long second = session(callId, "mentor", "admin");
    var read = probe.during(() -> asMentor.call(() -> committee.sessionsOf(callId)));
    assertEquals(
        List.of(second, first),
        read.result().stream().map(CommitteeSession::getId).toList(),
        "each session once, the latest first");
    assertEquals(Set.of("mentor", "admin"), Set.copyOf(read.result().get(0).getMembers()));
    assertEquals(
        Set.of("mentor", "mentor2", "admin"), Set.copyOf(read.result().get(1).getMembers()));
    assertEquals(1, read.statements().size(), read.statements().toString());
  }

  @Test
  void decisionsAreKeptWithTheSessionAndAWithdrawalOffersThePlaceToTheBestWaiting()
      throws Exception {
    Long callId = calls.open("Call with a waiting list");
    Long cohortId = formCohort(callId, "Only place", 1);
    Long sessionId = session(callId, "mentor", "mentor2", "admin");
    Long admitted = shortlisted(callId, 9);
    Long second = shortlisted(callId, 6);
    Long best = shortlisted(callId, 8);
    Long declined = shortlisted(callId, 2);

    decided(() -> committee.admit(sessionId, admitted, cohortId));
    decided(() -> committee.putOnWaitingList(sessionId, second));
    decided(() -> committee.putOnWaitingList(sessionId, best));
    var noReason =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      committee.decline(sessionId, declined, " ");
                      return null;
                    }));
    assertEquals("reason", noReason.getField().orElseThrow());
    decided(
        () -> committee.decline(sessionId, declined, "The budget does not cover the equipment."));
    assertEquals(1L, asMentor.call(() -> applications.waitingPosition(best)));
    assertEquals(2L, asMentor.call(() -> applications.waitingPosition(second)));

    var noWithdrawalReason =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      applications.withdraw(admitted, " ");
                      return null;
                    }));
    assertEquals(
        "withdrawReason",
        noWithdrawalReason.getField().orElseThrow(),
        "an admitted person is withdrawn with a reason");
    asMentor.call(
        () -> {
          applications.withdraw(admitted, "Moved to Agadir with her family");
          return null;
        });

    assertEquals(ApplicationStatus.WITHDRAWN, statusOf(admitted));
    assertEquals(ApplicationStatus.ADMITTED, statusOf(best));
    assertEquals(ApplicationStatus.WAITING, statusOf(second));
    assertEquals(1L, asMentor.call(() -> applications.waitingPosition(second)));
    assertEquals(1, asMentor.call(() -> cohorts.getCohort(cohortId)).getAdmitted());
    assertEquals(1, admittedInDatabase(cohortId));

    var declineRow =
        asMentor.call(() -> applications.history(declined)).stream()
            .filter(c -> c.getTo() == ApplicationStatus.DECLINED)
            .findFirst()
            .orElseThrow();
    assertEquals("The budget does not cover the equipment.", declineRow.getNote());
    assertEquals("mentor2", declineRow.getBy(), "the decision is the confirming member's");
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT session_id, changed_by FROM application_status_change WHERE application_id"
                    + " = ? AND to_status = 'ADMITTED'")) {
      statement.setLong(1, admitted);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(sessionId, rows.getLong(1));
        assertEquals("mentor2", rows.getString(2));
      }
    }
  }

  /**
   * The flag is raised by support received — a kit handed over, a grant paid (StarterKitIT) — not
   * by an admission alone: the person may have left before receiving anything.
   */
  @Test
  void anAdmissionAloneDoesNotFlagSomeoneApplyingAgain() throws Exception {
    Long firstCall = calls.open("Earlier call");
    Long cohortId = formCohort(firstCall, "Earlier cohort", 5);
    Long sessionId = session(firstCall, "mentor", "mentor2", "admin");
    Long earlier = shortlisted(firstCall, 8);
    decided(() -> committee.admit(sessionId, earlier, cohortId));
    Long holderId = asMentor.call(() -> applications.getApplication(earlier)).getHolder().getId();

    Long laterCall = calls.open("Later call");
    Long again = asMentor.call(() -> applications.applyOnPaper(holderId, laterCall));

    assertTrue(asMentor.call(() -> applications.earlierSupport(again)).isEmpty());
    assertFalse(
        asMentor
            .call(
                () ->
                    ranking.page(
                        RankingFilter.wholeCall(laterCall),
                        new PageRequest(0, 20, null, false),
                        Locale.ENGLISH))
            .get(0)
            .isSupportedBefore());
  }

  @Test
  void theRankingComesFromTheDatabaseWithTheCallsRanksEvenWhenFiltered() throws Exception {
    Long callId = calls.open("Ranked call");
    Long third = application(callId, 6, Gender.MALE);
    Long first = application(callId, 9, Gender.FEMALE);
    Long secondA = application(callId, 7, Gender.MALE);
    Long secondB = application(callId, 7, Gender.FEMALE);
    ProjectHolderDetails unmarkedHolder =
        Holders.details("CM" + CINS.incrementAndGet(), "Not", "Marked");
    Long unmarked =
        asMentor.call(() -> applications.applyOnPaper(register.register(unmarkedHolder), callId));

    List<RankedApplication> whole =
        asMentor.call(
            () ->
                ranking.page(
                    RankingFilter.wholeCall(callId),
                    new PageRequest(0, 20, null, false),
                    Locale.FRENCH));
    assertEquals(
        List.of(first, secondA, secondB, third, unmarked),
        whole.stream().map(RankedApplication::getApplicationId).toList());
    assertEquals(
        java.util.Arrays.asList(1L, 2L, 2L, 4L, null),
        whole.stream().map(RankedApplication::getRank).toList());
    assertEquals(new BigDecimal("90.00"), whole.get(0).getTotal());
    assertEquals("Casablanca", whole.get(0).getProvinceName());

    var men = new RankingFilter(callId, Set.of(), null, Gender.MALE, null);
    List<RankedApplication> menOnly =
        asMentor.call(() -> ranking.page(men, new PageRequest(0, 20, null, false), Locale.ENGLISH));
    assertEquals(
        List.of(secondA, third),
        menOnly.stream().map(RankedApplication::getApplicationId).toList());
    assertEquals(List.of(2L, 4L), menOnly.stream().map(RankedApplication::getRank).toList());
    assertEquals(2L, asMentor.call(() -> ranking.count(men)));

    var secondPage =
        asMentor.call(
            () ->
                ranking.page(
                    RankingFilter.wholeCall(callId),
                    new PageRequest(2, 2, null, false),
                    Locale.ENGLISH));
    assertEquals(
        List.of(secondB, third),
        secondPage.stream().map(RankedApplication::getApplicationId).toList());

    var recorded =
        probe.during(
            () ->
                asMentor.call(
                    () ->
                        ranking.page(
                            RankingFilter.wholeCall(callId),
                            new PageRequest(0, 20, null, false),
                            Locale.ENGLISH)));
    // one statement: the page's ids from the index in rank order, joined to their rows and ranks
    assertEquals(1, recorded.statements().size(), recorded.statements().toString());
    assertThrows(
        EJBAccessException.class,
        () -> asEntrepreneur.call(() -> ranking.count(RankingFilter.wholeCall(callId))));
  }

  @Test
  void anEntrepreneurReadsOnlyTheirOwnApplicationWhateverIdTheyAskFor() throws Exception {
    Long callId = calls.open("Call seen by an entrepreneur");
    Long someoneElse = application(callId, 5, Gender.MALE);

    var mine = asEntrepreneur.call(() -> myApplications.mine());
    assertFalse(mine.isEmpty(), "the demo entrepreneur has the demo call's application");
    assertTrue(
        mine.stream().allMatch(a -> a.getHolder().getAccount().orElse("").equals("entrepreneur")));
    Long own = mine.get(0).getId();
    assertEquals(own, asEntrepreneur.call(() -> myApplications.get(own)).getId());
    assertFalse(asEntrepreneur.call(() -> myApplications.history(own)).isEmpty());

    assertEquals(
        "selection.application.notFound",
        assertThrows(
                NotFoundException.class,
                () -> asEntrepreneur.call(() -> myApplications.get(someoneElse)))
            .getMessageKey());
    assertThrows(
        NotFoundException.class,
        () -> asEntrepreneur.call(() -> myApplications.history(someoneElse)));
    assertThrows(
        NotFoundException.class,
        () ->
            asEntrepreneur.call(
                () -> {
                  myApplications.withdraw(someoneElse);
                  return null;
                }));
    assertEquals(ApplicationStatus.ELIGIBLE, statusOf(someoneElse));
    assertThrows(
        EJBAccessException.class,
        () -> asEntrepreneur.call(() -> applications.getApplication(someoneElse)));
    assertThrows(EJBAccessException.class, () -> asMentor.call(() -> myApplications.mine()));
  }
}
