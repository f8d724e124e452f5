package org.incubator.it.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderFilter;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.applicant.ProjectHolderSummary;
import org.incubator.applicant.Trade;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.it.support.QueryPlans;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The register of project holders, through its EJB, in a real WildFly on a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ProjectHolderRegisterIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(ProjectHolderRegisterIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe persistence;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  @Test
  void aRegisteredHolderIsStoredWithItsCinNormalisedAndIncomePerPersonDerived() throws Exception {
    Long id =
        asMentor.call(() -> register.register(Holders.details(" rg 1001 ", "Salma", "Normalised")));

    ProjectHolder holder = asMentor.call(() -> register.getHolder(id));
    assertEquals("RG1001", holder.getCin().getValue());
    assertEquals("+212661234567", holder.getPhone().getValue());
    assertEquals(new BigDecimal("416.67"), holder.getHousehold().getIncomePerPerson().getAmount());
    assertEquals(id, asMentor.call(() -> register.findByCin("RG-1001").orElseThrow().getId()));
  }

  @Test
  void aSecondHolderWithTheSameCinIsRefusedOnTheCinField() throws Exception {
    asMentor.call(() -> register.register(Holders.details("DP2002", "Hajar", "First")));

    var refusal =
        assertThrows(
            IncubatorException.class,
            () ->
                asAdmin.call(
                    () -> register.register(Holders.details("dp 2002", "Omar", "Second"))));
    assertEquals("applicant.cin.duplicate", refusal.getMessageKey());
    assertEquals("cin", refusal.getField().orElseThrow());
    assertEquals(
        0,
        asMentor.call(
            () -> register.count(new ProjectHolderFilter("Second", null, null, null, null))));
  }

  @Test
  void twoRegistrationsOfOneCinAtTheSameMomentStoreExactlyOne() throws Exception {
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String lastName = "Racer" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return asMentor.call(
                      () -> register.register(Holders.details("RC3003", "Same", lastName)));
                }));
      }
      start.countDown();
      int stored = 0;
      for (Future<Long> result : results) {
        try {
          result.get();
          stored++;
        } catch (java.util.concurrent.ExecutionException e) {
          var refusal = assertInstanceOf(IncubatorException.class, e.getCause());
          assertEquals("applicant.cin.duplicate", refusal.getMessageKey());
        }
      }
      assertEquals(1, stored);
      assertEquals(
          1,
          asMentor.call(
              () -> register.count(new ProjectHolderFilter("RC3003", null, null, null, null))));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSaveBasedOnAnOldVersionIsRefusedAndTheFirstSaveIsKept() throws Exception {
    Long id =
        asMentor.call(() -> register.register(Holders.details("OL4004", "Imane", "Original")));
    ProjectHolder opened = asMentor.call(() -> register.getHolder(id));
    long version = opened.getVersion();

    ProjectHolderDetails first = opened.toDetails();
    first.setLastName("SavedFirst");
    ProjectHolderDetails second = opened.toDetails();
    second.setLastName("SavedSecond");

    asMentor.call(
        () -> {
          register.revise(id, version, first);
          return null;
        });
    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            asAdmin.call(
                () -> {
                  register.revise(id, version, second);
                  return null;
                }));

    assertEquals("SavedFirst", asMentor.call(() -> register.getHolder(id)).getLastName());
  }

  @Test
  void concurrentSavesOfTheSameVersionLetExactlyOneThrough() throws Exception {
    Long id =
        asMentor.call(() -> register.register(Holders.details("CC5005", "Mehdi", "Concurrent")));
    ProjectHolder opened = asMentor.call(() -> register.getHolder(id));
    int mentors = 5;
    ExecutorService pool = Executors.newFixedThreadPool(mentors);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < mentors; i++) {
        ProjectHolderDetails changes = opened.toDetails();
        changes.setLastName("Editor" + i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    asMentor.call(
                        () -> {
                          register.revise(id, opened.getVersion(), changes);
                          return null;
                        });
                    return changes.getLastName();
                  } catch (ConcurrentUpdateException e) {
                    return null;
                  }
                }));
      }
      start.countDown();
      List<String> winners = new ArrayList<>();
      for (Future<String> result : results) {
        if (result.get() != null) {
          winners.add(result.get());
        }
      }
      assertEquals(1, winners.size(), "winners: " + winners);
      ProjectHolder stored = asMentor.call(() -> register.getHolder(id));
      assertEquals(winners.get(0), stored.getLastName());
      assertEquals(opened.getVersion() + 1, stored.getVersion());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anOwnContributionAboveTheBudgetIsRefusedOnItsField() {
    ProjectHolderDetails details = Holders.details("OC6006", "Anas", "Contribution");
    details.setOwnContribution(new BigDecimal("30000.01"));

    var refusal =
        assertThrows(
            IncubatorException.class, () -> asMentor.call(() -> register.register(details)));
    assertEquals("applicant.ownContribution.exceedsBudget", refusal.getMessageKey());
    assertEquals("ownContribution", refusal.getField().orElseThrow());
  }

  @Test
  void onlyMentorsAndTheAdministratorMayUseTheRegister() throws Exception {
    Long id = asMentor.call(() -> register.register(Holders.details("SE7007", "Zineb", "Secured")));

    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> register.getHolder(id)));
    assertThrows(
        EJBAccessException.class,
        () ->
            asEntrepreneur.call(
                () -> register.register(Holders.details("SE7008", "Not", "Allowed"))));
    assertThrows(
        EJBAccessException.class,
        () -> asReviewer.call(() -> register.count(ProjectHolderFilter.NONE)));
    assertThrows(EJBAccessException.class, () -> register.getHolder(id));
    assertEquals("Secured", asAdmin.call(() -> register.getHolder(id)).getLastName());
  }

  @Test
  void theListIsPagedSortedAndFilteredByTheDatabaseInThreeStatementsWhateverItsSize()
      throws Exception {
    registerMany("PG", 15, Trade.CARPENTRY);
    var filter = new ProjectHolderFilter("Many", null, null, Trade.CARPENTRY, null);
    var page = new PageRequest(5, 5, "lastName", false);

    var smallCount = persistence.during(() -> asMentor.call(() -> register.count(filter)));
    var smallPage =
        persistence.during(() -> asMentor.call(() -> register.list(filter, page, Locale.FRENCH)));
    assertEquals(15L, smallCount.result());
    assertEquals(
        List.of("Pg-09", "Pg-08", "Pg-07", "Pg-06", "Pg-05"), lastNames(smallPage.result()));

    registerMany("PH", 60, Trade.CARPENTRY);
    var bigCount = persistence.during(() -> asMentor.call(() -> register.count(filter)));
    var bigPage =
        persistence.during(() -> asMentor.call(() -> register.list(filter, page, Locale.FRENCH)));
    assertEquals(75L, bigCount.result());
    assertEquals(5, bigPage.result().size());

    assertEquals(1, smallCount.statements().size(), smallCount.statements().toString());
    // the page's ids in index order, then those rows with their names
    assertEquals(2, smallPage.statements().size(), smallPage.statements().toString());
    assertEquals(smallPage.statements().size(), bigPage.statements().size());
    assertEquals(smallCount.statements().size(), bigCount.statements().size());
    String sql = bigPage.statements().get(0).toUpperCase(Locale.ROOT);
    assertTrue(sql.contains("ORDER BY") && sql.contains("LIMIT") && sql.contains("WHERE"), sql);
    assertTrue(
        bigCount.statements().get(0).toUpperCase(Locale.ROOT).contains("COUNT("),
        bigCount.statements().toString());
    assertFalse(sql.contains("JOIN"), "a page's ids are read without a join: " + sql);

    // Knowing the length, a page nearer the end is read backwards from the end: same rows.
    for (int first : List.of(70, 65, 40)) {
      for (boolean ascending : List.of(true, false)) {
        var forwards = new PageRequest(first, 5, "cin", ascending);
        var backwards = new PageRequest(first, 5, "cin", ascending, 75);
        assertTrue(backwards.isNearerTheEnd() || first == 40);
        assertEquals(
            lastNames(asMentor.call(() -> register.list(filter, forwards, Locale.FRENCH))),
            lastNames(asMentor.call(() -> register.list(filter, backwards, Locale.FRENCH))),
            "page at " + first + (ascending ? " ascending" : " descending"));
      }
    }
    var lastPage = new PageRequest(73, 5, null, true, 75);
    assertEquals(
        List.of("Ph-58", "Ph-59"),
        lastNames(asMentor.call(() -> register.list(filter, lastPage, Locale.FRENCH))));
  }

  /**
   * A page in any of the register's orders reads its ids along an index, never sorting the
   * register: a sort of 100,000 rows for each page of 25 grows with the data.
   */
  @Test
  void everyOrderOfTheRegisterIsReadAlongAnIndexWithoutSorting() throws Exception {
    registerMany("PS", 5, Trade.SEWING_TEXTILE);
    for (String field : new String[] {null, "firstName", "cin", "registeredAt"}) {
      for (boolean ascending : List.of(true, false)) {
        var page = new PageRequest(0, 20, field, ascending);
        var recorded =
            persistence.during(
                () ->
                    asMentor.call(
                        () -> register.list(ProjectHolderFilter.NONE, page, Locale.FRENCH)));
        var plan = QueryPlans.explain(dataSource, recorded.statements().get(0), "0", "20");
        assertTrue(
            plan.stream().noneMatch(step -> step.extra().contains("filesort")),
            "order by " + field + (ascending ? " ascending: " : " descending: ") + plan);
      }
    }
  }

  @Test
  void theSearchFindsACinByItsStartAndNamesByTheStartOfTheirWords() throws Exception {
    asMentor.call(() -> register.register(Holders.details("QZ1234", "Yasmine Qods", "Tazroutite")));
    asMentor.call(() -> register.register(Holders.details("QZ1299", "Qodsia", "Ouarzaziya")));
    assertEquals(
        List.of("Tazroutite"), lastNames(search("qz 1234")), "a whole CIN, typed with a space");
    assertEquals(List.of("Ouarzaziya", "Tazroutite"), lastNames(search("QZ12")), "a CIN's start");
    assertEquals(List.of("Ouarzaziya"), lastNames(search("qods")), "a first name's start");
    assertEquals(List.of("Tazroutite"), lastNames(search("yasm tazr")), "two words' starts");
    assertEquals(List.of("Tazroutite"), lastNames(search("Yasmine Qods")), "a first name whole");
    assertEquals(List.of(), lastNames(search("zroutite")), "never a part in the middle");
    assertEquals(List.of(), lastNames(search("%")), "a wildcard is a character like others");
  }

  private List<ProjectHolderSummary> search(String text) throws Exception {
    return asMentor.call(
        () ->
            register.list(
                new ProjectHolderFilter(text, null, null, null, null),
                new PageRequest(0, 10, null, true),
                Locale.FRENCH));
  }

  @Test
  void theListFiltersByNameOrCinProvinceAndGenderAndNamesTheProvinceInTheReadersLanguage()
      throws Exception {
    ProjectHolderDetails rabat = Holders.details("FL8008", "Youssef", "Filtrable");
    rabat.setProvinceCode("RABAT");
    rabat.setGender(Gender.MALE);
    asMentor.call(() -> register.register(rabat));

    List<ProjectHolderSummary> byName =
        asMentor.call(
            () ->
                register.list(
                    new ProjectHolderFilter("filtrab", null, null, null, null),
                    new PageRequest(0, 10, null, true),
                    Locale.FRENCH));
    List<ProjectHolderSummary> byCin =
        asMentor.call(
            () ->
                register.list(
                    new ProjectHolderFilter("fl 8008", null, null, null, null),
                    new PageRequest(0, 10, null, true),
                    Locale.ENGLISH));
    List<ProjectHolderSummary> inArabic =
        asMentor.call(
            () ->
                register.list(
                    new ProjectHolderFilter(null, "MA-04", "RABAT", null, Gender.MALE),
                    new PageRequest(0, 10, null, true),
                    Locale.forLanguageTag("ar")));

    assertEquals(List.of("Filtrable"), lastNames(byName));
    assertEquals(List.of("Filtrable"), lastNames(byCin));
    assertEquals(List.of("Filtrable"), lastNames(inArabic));
    assertEquals("الرباط", inArabic.get(0).getProvinceName());
    assertEquals("Rabat", byName.get(0).getProvinceName());
  }

  private void registerMany(String cinPrefix, int count, Trade trade) throws Exception {
    for (int i = 0; i < count; i++) {
      ProjectHolderDetails details =
          Holders.details(
              String.format("%s%04d", cinPrefix, i),
              "Many",
              String.format("%s-%02d", cap(cinPrefix), i));
      details.setTrade(trade);
      asMentor.call((Callable<Long>) () -> register.register(details));
    }
  }

  private static String cap(String prefix) {
    return prefix.charAt(0) + prefix.substring(1).toLowerCase(Locale.ROOT);
  }

  private static List<String> lastNames(List<ProjectHolderSummary> rows) {
    return rows.stream().map(ProjectHolderSummary::getLastName).toList();
  }
}
