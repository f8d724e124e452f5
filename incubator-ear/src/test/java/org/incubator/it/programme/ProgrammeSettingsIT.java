package org.incubator.it.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.incubator.grant.TranchePlan;
import org.incubator.grant.UseCategory;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.it.support.GrantFixtures.Intake;
import org.incubator.programme.Programme;
import org.incubator.programme.SettingsChange;
import org.incubator.programme.SettingsDetails;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's programme settings in WildFly on MariaDB: they govern the next grants, and no
 * change is lost.
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

  @EJB(lookup = GrantFixtures.JNDI)
  GrantFixtures fixtures;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  /** The programme's defaults, as the other tests expect them. */
  @AfterEach
  void restoreTheDefaults() throws Exception {
    asAdmin.call(
        () -> {
          programme.change(
              details(
                  programme.settings().getVersion(),
                  "30000",
                  "20000",
                  3,
                  new SettingsDetails.Share(60, Milestone.BUSINESS_LAUNCHED),
                  new SettingsDetails.Share(40, Milestone.EVALUATION_PASSED)));
          return null;
        });
  }

  private static SettingsDetails details(
      long version,
      String ceiling,
      String twoReviewersAbove,
      int years,
      SettingsDetails.Share... shares) {
    var details = new SettingsDetails();
    details.setVersion(version);
    details.setGrantCeiling(new BigDecimal(ceiling));
    details.setTwoReviewersAbove(new BigDecimal(twoReviewersAbove));
    details.setRepeatYears(years);
    details.setTranches(new ArrayList<>(List.of(shares)));
    return details;
  }

  private long version() throws Exception {
    return asAdmin.call(() -> programme.settings().getVersion());
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
    Long before = prepared(fixtures.admitted(intake), envelopeId, "10000");
    Long later = fixtures.admitted(intake);
    assertEquals(
        "lines",
        assertThrows(IncubatorException.class, () -> prepared(later, envelopeId, "36000"))
            .getField()
            .orElseThrow(),
        "above the ceiling of 30,000 MAD");

    asAdmin.call(
        () -> {
          programme.change(
              details(
                  version(),
                  "40000",
                  "35000",
                  5,
                  new SettingsDetails.Share(30, Milestone.KIT_HANDED_OVER),
                  new SettingsDetails.Share(40, Milestone.BUSINESS_LAUNCHED),
                  new SettingsDetails.Share(30, Milestone.EVALUATION_PASSED)));
          return null;
        });

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

    SettingsChange change = asAdmin.call(() -> programme.changes(1)).get(0);
    assertEquals("admin", change.getBy());
    assertEquals(Money.mad("40000.00"), change.getGrantCeiling());
    assertEquals(Money.mad("35000.00"), change.getTwoReviewersAbove());
    assertEquals(
        List.of(30, 40, 30),
        change.getTranchePlan().shares().stream().map(TranchePlan.Share::percent).toList());
    assertEquals(5, change.getRepeatYears());
    assertEquals(
        5,
        asMentor.call(() -> programme.settings()).getRepeatYears(),
        "every role reads the settings");
    assertThrows(
        EJBAccessException.class,
        () ->
            asMentor.call(
                () -> {
                  programme.change(
                      details(
                          version(),
                          "1",
                          "1",
                          1,
                          new SettingsDetails.Share(100, Milestone.BUSINESS_LAUNCHED)));
                  return null;
                }));
  }

  @Test
  void administratorsSavingAtTheSameMomentNeverOverwriteAChangeTheyDidNotSee() throws Exception {
    long opened = version();
    int administrators = 6;
    ExecutorService pool = Executors.newFixedThreadPool(administrators);
    List<Future<Object>> saves = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < administrators; i++) {
        String ceiling = String.valueOf(31000 + i);
        saves.add(
            pool.submit(
                () -> {
                  start.await();
                  return asAdmin.call(
                      () -> {
                        programme.change(
                            details(
                                opened,
                                ceiling,
                                "20000",
                                3,
                                new SettingsDetails.Share(100, Milestone.BUSINESS_LAUNCHED)));
                        return ceiling;
                      });
                }));
      }
      start.countDown();
      List<Object> saved = new ArrayList<>();
      for (Future<Object> save : saves) {
        try {
          saved.add(save.get());
        } catch (ExecutionException e) {
          assertInstanceOf(ConcurrentUpdateException.class, e.getCause());
        }
      }
      assertEquals(
          1, saved.size(), "one save wins, the others are told someone changed the settings");
      assertEquals(
          Money.mad(saved.get(0) + ".00"),
          asAdmin.call(() -> programme.settings()).getGrantCeiling());
      assertEquals(opened + 1, version());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTranchePlanThatDoesNotAddUpToAHundredIsRefusedOnItsFieldAndNothingChanges()
      throws Exception {
    long opened = version();
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                asAdmin.call(
                    () -> {
                      programme.change(
                          details(
                              opened,
                              "30000",
                              "20000",
                              3,
                              new SettingsDetails.Share(60, Milestone.BUSINESS_LAUNCHED),
                              new SettingsDetails.Share(30, Milestone.EVALUATION_PASSED)));
                      return null;
                    }));
    assertEquals("tranches", refused.getField().orElseThrow());
    assertEquals(opened, version());
  }
}
