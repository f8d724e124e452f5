package org.incubator.it.programme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incubator.grant.GrantLineDetails;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.GrantReview;
import org.incubator.grant.GrantStatus;
import org.incubator.grant.Milestone;
import org.incubator.grant.Tranche;
import org.incubator.grant.UseCategory;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.it.support.GrantFixtures.Intake;
import org.incubator.it.support.SettingRows;
import org.incubator.programme.Programme;
import org.incubator.programme.ProgrammeSettings;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingChange;
import org.incubator.programme.SettingsDetails;
import org.incubator.selection.Applications;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's programme settings in WildFly on MariaDB: they govern the next decisions, a
 * setting nobody changed holds its default, a value out of bounds is refused on its field, each
 * change is kept with its value before and after, and no change is lost.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeSettingsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(ProgrammeSettingsIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/Programme")
  Programme programme;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantRequests")
  GrantRequests requests;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantReview")
  GrantReview review;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Ranking")
  Ranking ranking;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  Applications applications;

  @EJB(lookup = GrantFixtures.JNDI)
  GrantFixtures fixtures;

  @EJB(lookup = SettingRows.JNDI)
  SettingRows rows;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  /** The programme's defaults, as the other tests expect them. */
  @AfterEach
  void restoreTheDefaults() throws Exception {
    SettingsDetails details = opened();
    for (Setting setting : Setting.values()) {
      details.type(setting, setting.defaultText());
    }
    save(details);
  }

  private SettingsDetails opened() throws Exception {
    return asAdmin.call(() -> SettingsDetails.of(programme.settings()));
  }

  private void save(SettingsDetails details) throws Exception {
    asAdmin.call(
        () -> {
          programme.change(details);
          return null;
        });
  }

  private ProgrammeSettings settings() throws Exception {
    return asMentor.call(() -> programme.settings());
  }

  private List<SettingChange> latestChanges(int count) throws Exception {
    return asAdmin.call(() -> programme.changes(new PageRequest(0, count, null, false)));
  }

  private long changeCount() throws Exception {
    return asAdmin.call(() -> programme.countChanges());
  }

  private Long prepared(Long applicationId, Long envelopeId, String amount) throws Exception {
    return asMentor.call(
        () ->
            requests.prepare(
                applicationId,
                envelopeId,
                List.of(
                    new GrantLineDetails(UseCategory.EQUIPMENT, "Oven", new BigDecimal(amount))),
                "A bakery"));
  }

  @Test
  void aNewCeilingThresholdAndTranchePlanGovernTheNextRequestsWhileEarlierOnesKeepTheirTranches()
      throws Exception {
    Intake intake = fixtures.intake("Settings change");
    Long envelopeId = fixtures.envelope("Envelope of the settings", "200000", intake.callId());
    Long before = prepared(fixtures.trained(intake), envelopeId, "10000");
    Long later = fixtures.trained(intake);
    assertEquals(
        "lines",
        assertThrows(IncubatorException.class, () -> prepared(later, envelopeId, "36000"))
            .getField()
            .orElseThrow(),
        "above the ceiling of 30,000 MAD");

    save(
        opened()
            .type(Setting.GRANT_CEILING, "40000")
            .type(Setting.TWO_REVIEWERS_ABOVE, "35 000,00")
            .type(
                Setting.TRANCHE_PLAN,
                "30:KIT_HANDED_OVER,40:BUSINESS_LAUNCHED,30:EVALUATION_PASSED")
            .type(Setting.REPEAT_YEARS, "5"));

    Long after = prepared(later, envelopeId, "36000");
    GrantRequest afterRequest = asMentor.call(() -> requests.getRequest(after));
    assertEquals(
        List.of(Money.mad("10800.00"), Money.mad("14400.00"), Money.mad("10800.00")),
        afterRequest.getTranches().stream().map(Tranche::getAmount).toList());
    assertEquals(Milestone.KIT_HANDED_OVER, afterRequest.getTranches().get(0).getMilestone());
    assertEquals(
        2,
        asMentor.call(() -> requests.getRequest(before)).getTranches().size(),
        "a request prepared earlier keeps its tranches");

    fixtures.withBusinessPlan(later);
    asMentor.call(
        () -> {
          requests.submit(after);
          return null;
        });
    asReviewer.call(
        () -> {
          review.approve(after, null);
          return null;
        });
    assertEquals(
        GrantStatus.SUBMITTED,
        asMentor.call(() -> requests.getRequest(after)).getStatus(),
        "36,000 MAD is above the new threshold: a second reviewer must approve");

    assertEquals(5, settings().number(Setting.REPEAT_YEARS), "every role reads the settings");
    assertEquals(5, asMentor.call(() -> applications.repeatYears()));
    assertThrows(
        EJBAccessException.class,
        () ->
            asMentor.call(
                () -> {
                  programme.change(
                      SettingsDetails.of(programme.settings()).type(Setting.REPEAT_YEARS, "1"));
                  return null;
                }));
    assertThrows(EJBAccessException.class, () -> asMentor.call(() -> programme.countChanges()));
  }

  @Test
  void theHistoryKeepsEachSettingChangedWithItsValueBeforeAndAfter() throws Exception {
    long changesBefore = changeCount();
    save(
        opened()
            .type(Setting.GRANT_CEILING, "42000.5")
            .type(Setting.COMMITTEE_QUORUM, "٤")
            .type(Setting.TRANCHE_PLAN, "60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED"));

    assertEquals(changesBefore + 2, changeCount(), "the plan typed as it was is no change");
    List<SettingChange> latest = latestChanges(2);
    SettingChange quorum =
        latest.stream()
            .filter(c -> c.getKey().equals("COMMITTEE_QUORUM"))
            .findFirst()
            .orElseThrow();
    assertEquals("3", quorum.getBefore());
    assertEquals("4", quorum.getAfter());
    assertEquals("admin", quorum.getBy());
    SettingChange ceiling =
        latest.stream().filter(c -> c.getKey().equals("GRANT_CEILING")).findFirst().orElseThrow();
    assertEquals("30000.00", ceiling.getBefore());
    assertEquals("42000.50", ceiling.getAfter());
    assertEquals(Setting.GRANT_CEILING, ceiling.setting().orElseThrow());
    assertEquals(quorum.getAt(), ceiling.getAt(), "one save, one moment");

    save(opened().type(Setting.COMMITTEE_QUORUM, "5"));
    SettingChange next = latestChanges(1).get(0);
    assertEquals("4", next.getBefore(), "the value after the change before");
    assertEquals("5", next.getAfter());
    assertEquals(
        List.of(next.getId()),
        asAdmin.call(() -> programme.changes(new PageRequest(0, 1, null, false))).stream()
            .map(SettingChange::getId)
            .toList(),
        "the history is read a page at a time, the latest first");
  }

  @Test
  void aSettingNobodyChangedReadsItsDefaultEverywhereUntilItsFirstChange() throws Exception {
    rows.forget(Setting.REPEAT_YEARS);
    ProgrammeSettings settings = settings();
    assertEquals(3, settings.number(Setting.REPEAT_YEARS));
    assertEquals(0, settings.version(Setting.REPEAT_YEARS));
    assertEquals(3, asMentor.call(() -> applications.repeatYears()));
    Intake intake = fixtures.intake("Default years");
    Long admitted = fixtures.trained(intake);
    assertEquals(
        admitted,
        asMentor
            .call(
                () ->
                    ranking.page(
                        RankingFilter.wholeCall(intake.callId()),
                        new PageRequest(0, 20, null, false),
                        Locale.ENGLISH))
            .get(0)
            .getApplicationId(),
        "the ranking reads the default in its own statement");

    save(opened().type(Setting.REPEAT_YEARS, "4"));
    assertEquals(4, settings().number(Setting.REPEAT_YEARS));
    assertEquals(1, settings().version(Setting.REPEAT_YEARS));
    SettingChange first = latestChanges(1).get(0);
    assertEquals("3", first.getBefore(), "before its first change, a setting held its default");
    assertEquals("4", first.getAfter());
  }

  @Test
  void aValueOutOfBoundsIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
    long changesBefore = changeCount();
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                save(
                    opened()
                        .type(Setting.GRANT_CEILING, "45000")
                        .type(Setting.COMMITTEE_QUORUM, "16")));
    assertEquals("committeeQuorum", refused.getField().orElseThrow());
    assertEquals("programme.setting.wholeNumber", refused.getMessageKey());
    assertArrayEquals(new Object[] {"2", "15"}, refused.getArguments());

    var negative =
        assertThrows(
            IncubatorException.class, () -> save(opened().type(Setting.TWO_REVIEWERS_ABOVE, "-1")));
    assertEquals("twoReviewersAbove", negative.getField().orElseThrow());
    var exponent =
        assertThrows(
            IncubatorException.class, () -> save(opened().type(Setting.GRANT_CEILING, "1E+9")));
    assertEquals("grantCeiling", exponent.getField().orElseThrow());

    ProgrammeSettings settings = settings();
    assertEquals(Money.mad("30000"), settings.amount(Setting.GRANT_CEILING));
    assertEquals(3, settings.number(Setting.COMMITTEE_QUORUM));
    assertEquals(Money.mad("20000"), settings.amount(Setting.TWO_REVIEWERS_ABOVE));
    assertEquals(changesBefore, changeCount());
  }

  @Test
  void aTranchePlanThatDoesNotAddUpToAHundredIsRefusedOnItsFieldAndNothingChanges()
      throws Exception {
    long version = settings().version(Setting.TRANCHE_PLAN);
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                save(
                    opened()
                        .type(Setting.TRANCHE_PLAN, "60:BUSINESS_LAUNCHED,30:EVALUATION_PASSED")));
    assertEquals("tranchePlan", refused.getField().orElseThrow());
    assertEquals("grant.tranches.sum", refused.getMessageKey());
    assertEquals(version, settings().version(Setting.TRANCHE_PLAN));
  }

  @Test
  void administratorsSavingOneSettingAtTheSameMomentNeverOverwriteAChangeTheyDidNotSee()
      throws Exception {
    assertOneOfSixSavesWins(Setting.GRANT_CEILING, "31000");
  }

  @Test
  void administratorsGivingASettingItsFirstValueAtTheSameMomentNeverOverwriteEachOther()
      throws Exception {
    rows.forget(Setting.DOCUMENTS_PER_APPLICATION);
    assertOneOfSixSavesWins(Setting.DOCUMENTS_PER_APPLICATION, "20");
  }

  /** Six administrators open the page together and save {@code setting}, each a different value. */
  private void assertOneOfSixSavesWins(Setting setting, String first) throws Exception {
    SettingsDetails template = opened();
    long opened = template.version(setting);
    long changesBefore = changeCount();
    int administrators = 6;
    ExecutorService pool = Executors.newFixedThreadPool(administrators);
    List<Future<String>> saves = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < administrators; i++) {
        String value = String.valueOf(Integer.parseInt(first) + i);
        SettingsDetails details = opened();
        assertEquals(opened, details.version(setting));
        details.type(setting, value);
        saves.add(
            pool.submit(
                () -> {
                  start.await();
                  return asAdmin.call(
                      () -> {
                        programme.change(details);
                        return value;
                      });
                }));
      }
      start.countDown();
      List<String> saved = new ArrayList<>();
      for (Future<String> save : saves) {
        try {
          saved.add(save.get());
        } catch (ExecutionException e) {
          assertInstanceOf(ConcurrentUpdateException.class, e.getCause());
        }
      }
      assertEquals(
          1, saved.size(), "one save wins, the others are told someone changed the settings");
      assertEquals(setting.read(saved.get(0)), settings().text(setting));
      assertEquals(opened + 1, settings().version(setting));
      assertEquals(changesBefore + 1, changeCount(), "one change kept, the one that was made");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void administratorsChangingDifferentSettingsAtOnceKeepBothChanges() throws Exception {
    SettingsDetails first = opened();
    SettingsDetails second = opened();
    SettingsDetails third = opened();
    save(first.type(Setting.COMMITTEE_QUORUM, "4"));
    save(second.type(Setting.MEGABYTES_PER_ACCOUNT, "60"));

    ProgrammeSettings settings = settings();
    assertEquals(4, settings.number(Setting.COMMITTEE_QUORUM), "the second save left it alone");
    assertEquals(60, settings.number(Setting.MEGABYTES_PER_ACCOUNT));

    var stale =
        assertThrows(
            ConcurrentUpdateException.class, () -> save(third.type(Setting.COMMITTEE_QUORUM, "6")));
    assertEquals("error.conflict.detail", stale.getMessageKey());
    assertEquals(
        4,
        settings().number(Setting.COMMITTEE_QUORUM),
        "changed on a page opened before the first save: refused, the first change stays");
  }
}
