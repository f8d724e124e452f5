package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.incubator.applicant.Gender;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.PersistenceProbe;
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
 * The ranking of a call with 10,000 applications: every page, first, middle, last or filtered, is
 * one SQL statement and stays well under a second. The figures are logged for the issue note.
 */
@ExtendWith(ArquillianExtension.class)
class RankingAtScaleIT {

  private static final Logger LOG = Logger.getLogger(RankingAtScaleIT.class.getName());
  private static final int APPLICATIONS = 10_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(RankingAtScaleIT.class);
  }

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Ranking")
  Ranking ranking;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe probe;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  /**
   * 10,000 holders and their marked applications, written straight in SQL: the ranking is what is
   * measured here.
   */
  private Long callWithTenThousandApplications() throws Exception {
    var details = Calls.details("Call at scale");
    details.setProvinceCodes(List.of("CASABLANCA", "SETTAT"));
    Long callId = calls.open(details);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO project_holder (first_name, last_name, cin, birth_date, gender, phone,"
              + " province_code, household_size, household_monthly_income, education, disability,"
              + " project_title, project_trade, project_estimated_budget, project_own_contribution,"
              + " registered_at, registered_by, updated_at, updated_by) SELECT 'Scale',"
              + " CONCAT('Holder', seq), CONCAT('SC', seq), '2000-01-01', IF(seq % 2 = 0, 'FEMALE',"
              + " 'MALE'), '+212600000000', IF(seq % 3 = 0, 'SETTAT', 'CASABLANCA'), 4, 2000,"
              + " 'VOCATIONAL', 'NONE', 'Scale project', 'SEWING_TEXTILE', 20000, 2000, NOW(6),"
              + " 'scale', NOW(6), 'scale' FROM seq_1_to_"
              + APPLICATIONS);
      statement.executeUpdate(
          "INSERT INTO application (holder_id, call_id, status, mark_vulnerability, mark_skills,"
              + " mark_viability, mark_interview, total_score) SELECT h.id, "
              + callId
              + ", 'ELIGIBLE', 5, 5, 5, 5, (h.id * 7919) % 10001 / 100"
              + " FROM project_holder h WHERE h.cin LIKE 'SC%'");
    }
    return callId;
  }

  private long millis(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void everyPageOfTheRankingIsOneStatementWhateverItsPlace() throws Exception {
    Long callId = callWithTenThousandApplications();
    var whole = RankingFilter.wholeCall(callId);
    var women = new RankingFilter(callId, Set.of(), "SETTAT", Gender.FEMALE, null);
    assertEquals(APPLICATIONS, asMentor.call(() -> ranking.count(whole)));
    long filtered = asMentor.call(() -> ranking.count(women));

    record Case(String name, RankingFilter filter, int first) {}
    List<Case> cases =
        List.of(
            new Case("first page", whole, 0),
            new Case("middle page", whole, APPLICATIONS / 2),
            new Case("last page", whole, APPLICATIONS - 20),
            new Case("filtered, last page", women, (int) filtered - 20));
    var report = new StringBuilder("Ranking of " + APPLICATIONS + " applications, 20 rows a page:");
    for (Case c : cases) {
      var recorded =
          probe.during(
              () ->
                  asMentor.call(
                      () ->
                          ranking.page(
                              c.filter(),
                              new PageRequest(c.first(), 20, null, false),
                              Locale.FRENCH)));
      assertEquals(1, recorded.statements().size(), c.name() + ": " + recorded.statements());
      assertEquals(20, recorded.result().size(), c.name());
      List<RankedApplication> rows = recorded.result();
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(
            rows.get(i - 1).getTotal().compareTo(rows.get(i).getTotal()) >= 0,
            c.name() + " is in rank order");
      }
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 5; run++) {
        best =
            Math.min(
                best,
                millis(
                    () -> {
                      try {
                        asMentor.call(
                            () ->
                                ranking.page(
                                    c.filter(),
                                    new PageRequest(c.first(), 20, null, false),
                                    Locale.FRENCH));
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
              "%n  %-20s page %4d ms (1 statement), count %4d ms, ranks %d–%d",
              c.name(), best, count, rows.get(0).getRank(), rows.get(rows.size() - 1).getRank()));
      assertTrue(best < 2_000, c.name() + " took " + best + " ms");
    }
    LOG.info(report.toString());
  }
}
