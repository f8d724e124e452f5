package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.applicant.Trade;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Applications;
import org.incubator.selection.Criterion;
import org.incubator.selection.RankedApplication;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking of a call at scale and under concurrent marking: every page, first, middle, last or
 * filtered, is one SQL statement, and the ranks the database keeps as marks change are those of a
 * window over the whole call, also after mentors marked at the same moment. The figures are logged
 * for the issue note.
 */
@ExtendWith(ArquillianExtension.class)
class RankingIT {

  private static final Logger LOG = Logger.getLogger(RankingIT.class.getName());
  private static final int APPLICATIONS = 10_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(RankingIT.class);
  }

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Ranking")
  Ranking ranking;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  Applications applications;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe probe;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  /**
   * Holders and their applications written straight in SQL, the way a bulk load does (the ranking
   * counted once afterwards): the ranking is what is tested here. Marked applications get totals
   * spread over the whole scale, with many equal totals.
   */
  private Long callWith(String name, String prefix, int count, boolean marked) throws Exception {
    var details = Calls.details(name);
    details.setProvinceCodes(List.of("CASABLANCA", "SETTAT"));
    Long callId = calls.open(details);
    String loader = "ranking-" + prefix;
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO project_holder (first_name, last_name, cin, birth_date, gender, phone,"
              + " province_code, household_size, household_monthly_income, education, disability,"
              + " project_title, project_trade, project_estimated_budget, project_own_contribution,"
              + " registered_at, registered_by, updated_at, updated_by) SELECT 'Scale',"
              + " CONCAT('Holder', seq), CONCAT('"
              + prefix
              + "', seq), '2000-01-01', IF(seq % 2 = 0, 'FEMALE',"
              + " 'MALE'), '+212600000000', IF(seq % 3 = 0, 'SETTAT', 'CASABLANCA'), 4, 2000,"
              + " 'VOCATIONAL', 'NONE', 'Scale project', 'SEWING_TEXTILE', 20000, 2000, NOW(6),"
              + " '"
              + loader
              + "', NOW(6), 'scale' FROM seq_1_to_"
              + count);
      statement.execute("SET @ranking_rebuilt_after_load = 1");
      try {
        statement.executeUpdate(
            "INSERT INTO application (holder_id, call_id, status, mark_vulnerability, mark_skills,"
                + " mark_viability, mark_interview, total_score, "
                + Holders.COPIED_ONTO_APPLICATION
                + ") SELECT h.id, "
                + callId
                + (marked
                    ? ", 'ELIGIBLE', 5, 5, 5, 5, (h.id * 7919) % 3001 / 30, "
                    : ", 'ELIGIBLE', NULL, NULL, NULL, NULL, NULL, ")
                + Holders.COPIED_FROM_H
                + " FROM project_holder h WHERE h.registered_by = '"
                + loader
                + "'");
        statement.execute("CALL ranking_rebuild(" + callId + ")");
      } finally {
        statement.execute("SET @ranking_rebuilt_after_load = NULL");
      }
    }
    return callId;
  }

  /** Each application's rank as a window over the whole call computes it. */
  private Map<Long, Long> ranksByWindow(Long callId) throws SQLException {
    Map<Long, Long> ranks = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT id, RANK() OVER (ORDER BY total_score DESC) FROM application WHERE call_id"
                    + " = "
                    + callId
                    + " AND total_score IS NOT NULL AND status IN "
                    + ApplicationStatus.RANKED.stream()
                        .map(s -> "'" + s.name() + "'")
                        .collect(Collectors.joining(", ", "(", ")")))) {
      while (rows.next()) {
        ranks.put(rows.getLong(1), rows.getLong(2));
      }
    }
    return ranks;
  }

  private List<RankedApplication> wholeRanking(Long callId) throws Exception {
    var filter = RankingFilter.wholeCall(callId);
    long total = asMentor.call(() -> ranking.count(filter));
    List<RankedApplication> rows = new ArrayList<>();
    for (int first = 0; first < total; first += PageRequest.MAX_SIZE) {
      var page = new PageRequest(first, PageRequest.MAX_SIZE, null, false, total);
      rows.addAll(asMentor.call(() -> ranking.page(filter, page, Locale.FRENCH)));
    }
    return rows;
  }

  private long millis(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void everyPageOfTheRankingIsOneStatementWhateverItsPlace() throws Exception {
    Long callId = callWith("Call at scale", "RKS", APPLICATIONS, true);
    var whole = RankingFilter.wholeCall(callId);
    var women = new RankingFilter(callId, Set.of(), "SETTAT", Gender.FEMALE, null);
    assertEquals(APPLICATIONS, asMentor.call(() -> ranking.count(whole)));
    long filtered = asMentor.call(() -> ranking.count(women));
    Map<Long, Long> expectedRanks = ranksByWindow(callId);
    // the whole call in the window's order, equal totals in the order they applied
    List<Long> expectedOrder =
        expectedRanks.entrySet().stream()
            .sorted(
                Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();

    record Case(String name, RankingFilter filter, PageRequest page) {}
    List<Case> cases =
        List.of(
            new Case("first page", whole, new PageRequest(0, 20, null, false, APPLICATIONS)),
            new Case(
                "middle page",
                whole,
                new PageRequest(APPLICATIONS / 2, 20, null, false, APPLICATIONS)),
            new Case(
                "last page",
                whole,
                new PageRequest(APPLICATIONS - 20, 20, null, false, APPLICATIONS)),
            new Case(
                "filtered, last page",
                women,
                new PageRequest((int) filtered - 20, 20, null, false, filtered)));
    var report = new StringBuilder("Ranking of " + APPLICATIONS + " applications, 20 rows a page:");
    for (Case c : cases) {
      var recorded =
          probe.during(
              () -> asMentor.call(() -> ranking.page(c.filter(), c.page(), Locale.FRENCH)));
      assertEquals(1, recorded.statements().size(), c.name() + ": " + recorded.statements());
      assertEquals(20, recorded.result().size(), c.name());
      List<RankedApplication> rows = recorded.result();
      if (c.filter() == whole) {
        assertEquals(
            expectedOrder.subList(c.page().first(), c.page().first() + 20),
            rows.stream().map(RankedApplication::getApplicationId).toList(),
            c.name() + " holds the call's applications at its place");
      }
      for (int i = 0; i < rows.size(); i++) {
        RankedApplication row = rows.get(i);
        assertEquals(expectedRanks.get(row.getApplicationId()), row.getRank(), c.name());
        if (i > 0) {
          assertTrue(
              rows.get(i - 1).getTotal().compareTo(row.getTotal()) >= 0,
              c.name() + " is in rank order");
        }
      }
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 5; run++) {
        best =
            Math.min(
                best,
                millis(
                    () -> {
                      try {
                        asMentor.call(() -> ranking.page(c.filter(), c.page(), Locale.FRENCH));
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }));
      }
      long count =
          millis(
              () -> {
                try {
                  asMentor.call(() -> ranking.count(c.filter()));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      report.append(
          String.format(
              "%n  %-20s page %4d ms (%d statements), count %4d ms, ranks %d–%d",
              c.name(),
              best,
              recorded.statements().size(),
              count,
              rows.get(0).getRank(),
              rows.get(rows.size() - 1).getRank()));
      assertTrue(best < 2_000, c.name() + " took " + best + " ms");
    }
    LOG.info(report.toString());
  }

  /**
   * The applications of the call whose holder is in a province, in rank order, read from holders.
   */
  private List<Long> rankedFrom(Long callId, String provinceCode, String trade)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT a.id FROM application a JOIN project_holder h ON h.id = a.holder_id WHERE"
                    + " a.call_id = ? AND a.in_ranking = 1 AND h.province_code = ? AND"
                    + " h.project_trade = ? ORDER BY a.total_score DESC, a.id")) {
      statement.setLong(1, callId);
      statement.setString(2, provinceCode);
      statement.setString(3, trade);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private List<Long> rankedBy(RankingFilter filter) throws Exception {
    long total = asMentor.call(() -> ranking.count(filter));
    var page = new PageRequest(0, PageRequest.MAX_SIZE, null, false, total);
    return asMentor.call(() -> ranking.page(filter, page, Locale.ENGLISH)).stream()
        .map(RankedApplication::getApplicationId)
        .toList();
  }

  @Test
  void aHolderWhoMovesIsRankedInTheirNewProvinceAndTrade() throws Exception {
    Long callId = callWith("Call of movers", "MV", 60, true);
    var settatSewing = new RankingFilter(callId, Set.of(), "SETTAT", null, Trade.SEWING_TEXTILE);
    var settatCatering = new RankingFilter(callId, Set.of(), "SETTAT", null, Trade.CATERING);
    assertEquals(rankedFrom(callId, "SETTAT", "SEWING_TEXTILE"), rankedBy(settatSewing));
    var casablancaSewing =
        new RankingFilter(callId, Set.of(), "CASABLANCA", null, Trade.SEWING_TEXTILE);
    long casablancaBefore = asMentor.call(() -> ranking.count(casablancaSewing));

    Long moverId =
        asMentor.call(() -> register.findByCin("MV1").orElseThrow().getId()); // in Casablanca
    ProjectHolder opened = asMentor.call(() -> register.getHolder(moverId));
    ProjectHolderDetails moved = opened.toDetails();
    moved.setProvinceCode("SETTAT");
    moved.setTrade(Trade.CATERING);
    asMentor.call(
        () -> {
          register.revise(moverId, opened.getVersion(), moved);
          return null;
        });

    List<Long> caterers = rankedBy(settatCatering);
    assertEquals(1, caterers.size(), "the mover is ranked among Settat's caterers");
    assertEquals(rankedFrom(callId, "SETTAT", "CATERING"), caterers);
    assertEquals(rankedFrom(callId, "SETTAT", "SEWING_TEXTILE"), rankedBy(settatSewing));
    assertEquals(rankedFrom(callId, "CASABLANCA", "SEWING_TEXTILE"), rankedBy(casablancaSewing));
    assertEquals(
        casablancaBefore - 1,
        asMentor.call(() -> ranking.count(casablancaSewing)),
        "the mover left Casablanca's sewing");
    assertEquals(
        1L, asMentor.call(() -> ranking.count(settatCatering)), "counted where they moved to");
  }

  @Test
  void mentorsMarkingAtTheSameMomentLeaveEveryRankRight() throws Exception {
    int mentors = 6;
    int each = 20;
    Long callId = callWith("Call marked at once", "RKM", mentors * each, false);
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT id FROM application WHERE call_id = " + callId + " ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(mentors);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> work = new ArrayList<>();
      for (int m = 0; m < mentors; m++) {
        List<Long> mine = ids.subList(m * each, (m + 1) * each);
        int mentor = m;
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  // each application marked three times, its total moving up and down the
                  // ranking while the others' move too; every fifth withdrawn at the end
                  for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < mine.size(); i++) {
                      int mark = (mentor * 7 + i * 3 + round * 5) % 11;
                      Long id = mine.get(i);
                      asMentor.call(
                          () -> {
                            long version = applications.getApplication(id).getVersion();
                            applications.score(id, version, marksAround(mark));
                            return null;
                          });
                    }
                  }
                  for (int i = 0; i < mine.size(); i += 5) {
                    Long id = mine.get(i);
                    asMentor.call(
                        () -> {
                          applications.withdraw(id, null);
                          return null;
                        });
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }

    Map<Long, Long> expected = ranksByWindow(callId);
    List<RankedApplication> shown = wholeRanking(callId);
    assertEquals(mentors * each * 4 / 5, expected.size(), "ranked applications");
    assertEquals(expected.size(), shown.size());
    for (RankedApplication row : shown) {
      assertEquals(
          expected.get(row.getApplicationId()),
          row.getRank(),
          "rank of application " + row.getApplicationId());
      assertTrue(row.getStatus() != ApplicationStatus.WITHDRAWN);
    }
  }

  private static Map<Criterion, Integer> marksAround(int mark) {
    Map<Criterion, Integer> marks = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      marks.put(criterion, mark);
    }
    marks.put(Criterion.INTERVIEW, (mark * 3 + 1) % 11);
    return marks;
  }
}
