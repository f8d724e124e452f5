package org.incubator.it.grant;

import static org.incubator.it.support.DatabaseGuards.assertRefusedByCheck;
import static org.incubator.it.support.DatabaseGuards.assertRefusedByTrigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.incubator.coaching.Launches;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.Disbursements;
import org.incubator.grant.EnvelopeDetails;
import org.incubator.grant.EnvelopeMonth;
import org.incubator.grant.Envelopes;
import org.incubator.grant.GrantAction;
import org.incubator.grant.GrantEvent;
import org.incubator.grant.GrantLetters;
import org.incubator.grant.GrantLineDetails;
import org.incubator.grant.GrantPayment;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.GrantReview;
import org.incubator.grant.GrantStatus;
import org.incubator.grant.Milestone;
import org.incubator.grant.MyGrants;
import org.incubator.grant.PaymentDetails;
import org.incubator.grant.PaymentMethod;
import org.incubator.grant.UseCategory;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.AsSecondReviewer;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.it.support.GrantFixtures.Intake;
import org.incubator.selection.DocumentKind;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grant requests reviewed by the foundation and committed against envelopes, in WildFly on MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class GrantReviewIT {

  private static final Logger LOG = Logger.getLogger(GrantReviewIT.class.getName());

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(GrantReviewIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/Envelopes")
  Envelopes envelopes;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantRequests")
  GrantRequests requests;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantReview")
  GrantReview review;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Disbursements")
  Disbursements disbursements;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantLetters")
  GrantLetters letters;

  @EJB(lookup = "java:global/incubator/incubator-ejb/MyGrants")
  MyGrants myGrants;

  @EJB(lookup = GrantFixtures.JNDI)
  GrantFixtures fixtures;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  org.incubator.selection.Applications applications;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  org.incubator.applicant.ProjectHolderRegister register;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Launches")
  Launches launches;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  @EJB(lookup = AsSecondReviewer.JNDI)
  AsSecondReviewer asSecondReviewer;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  /** Whether the request is anywhere in the reviewer's inbox, page after page. */
  private boolean inInbox(Object reviewer, Long requestId) throws Exception {
    java.util.concurrent.Callable<Boolean> look =
        () -> {
          long count = review.inboxCount();
          for (int first = 0; first < count; first += PageRequest.MAX_SIZE) {
            if (review.inbox(new PageRequest(first, PageRequest.MAX_SIZE, null, false)).stream()
                .anyMatch(r -> r.getRequestId().equals(requestId))) {
              return true;
            }
          }
          return false;
        };
    return reviewer instanceof AsReviewer first
        ? first.call(look)
        : ((AsSecondReviewer) reviewer).call(look);
  }

  private BudgetEnvelope envelopeNow(Long id) throws Exception {
    return asAdmin.call(() -> envelopes.getEnvelope(id));
  }

  private BigDecimal approvedInDatabase(Long envelopeId) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT COALESCE(SUM(amount), 0) FROM grant_request WHERE envelope_id = ? AND"
                    + " status = 'APPROVED'")) {
      statement.setLong(1, envelopeId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getBigDecimal(1);
      }
    }
  }

  @Test
  void parallelApprovalsNeverCommitMoreThanTheEnvelopeHoldsAndItBalancesToTheCentime()
      throws Exception {
    Intake intake = fixtures.intake("Concurrent grants");
    record Round(String envelopeAmount, String requestAmount, int requests, int fundable) {}
    List<Round> rounds =
        List.of(
            new Round("50000.00", "4000.00", 50, 12),
            new Round("10000.50", "1000.05", 25, 10),
            new Round("7777.77", "1111.11", 25, 7));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    var report = new StringBuilder("Parallel approvals:");
    try {
      int roundNumber = 0;
      for (Round round : rounds) {
        roundNumber++;
        Long envelopeId =
            fixtures.envelope(
                "Envelope of round " + roundNumber, round.envelopeAmount(), intake.callId());
        List<Long> pending = new ArrayList<>();
        for (int i = 0; i < round.requests(); i++) {
          pending.add(
              fixtures.submitted(fixtures.trained(intake), envelopeId, round.requestAmount()));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> approvals = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
          Long requestId = pending.get(i);
          boolean first = i % 2 == 0;
          approvals.add(
              pool.submit(
                  () -> {
                    start.await();
                    if (first) {
                      asReviewer.call(
                          () -> {
                            review.approve(requestId, "Fine");
                            return null;
                          });
                    } else {
                      asSecondReviewer.call(
                          () -> {
                            review.approve(requestId, "Fine");
                            return null;
                          });
                    }
                    return null;
                  }));
        }
        start.countDown();
        int committed = 0;
        int refused = 0;
        for (Future<Void> approval : approvals) {
          try {
            approval.get();
            committed++;
          } catch (ExecutionException e) {
            assertEquals(
                "grant.envelope.insufficient",
                assertInstanceOf(IncubatorException.class, e.getCause()).getMessageKey());
            refused++;
          }
        }
        BudgetEnvelope after = envelopeNow(envelopeId);
        Money expected =
            Money.mad(
                new BigDecimal(round.requestAmount())
                    .multiply(BigDecimal.valueOf(round.fundable())));
        assertEquals(
            round.fundable(), committed, "approvals that committed in round " + roundNumber);
        assertEquals(expected, after.getCommitted());
        assertEquals(0, expected.getAmount().compareTo(approvedInDatabase(envelopeId)));
        assertEquals(Money.mad(round.envelopeAmount()).minus(expected), after.getAvailable());
        assertFalse(after.getAvailable().isNegative());
        report.append(
            String.format(
                "%n  round %d: envelope %s MAD, %d approvals of %s MAD at once: %d committed, %d"
                    + " refused; committed %s, left %s",
                roundNumber,
                round.envelopeAmount(),
                round.requests(),
                round.requestAmount(),
                committed,
                refused,
                after.getCommitted().getAmount(),
                after.getAvailable().getAmount()));
      }
    } finally {
      pool.shutdownNow();
    }
    LOG.info(report.toString());
  }

  @Test
  void aboveTheThresholdTwoReviewersApproveEvenWhenTheyClickAtTheSameMoment() throws Exception {
    Intake intake = fixtures.intake("Large grants");
    Long envelopeId = fixtures.envelope("Large envelope", "200000", intake.callId());
    Long sequential = fixtures.submitted(fixtures.trained(intake), envelopeId, "25000");

    asReviewer.call(
        () -> {
          review.approve(sequential, "Good plan");
          return null;
        });
    assertEquals(
        GrantStatus.SUBMITTED, asReviewer.call(() -> requests.getRequest(sequential)).getStatus());
    assertEquals(
        Money.ZERO, envelopeNow(envelopeId).getCommitted(), "nothing committed after one approval");
    assertFalse(inInbox(asReviewer, sequential), "not in my inbox once I approved");
    assertTrue(inInbox(asSecondReviewer, sequential));
    assertEquals(
        "grant.review.twice",
        assertThrows(
                IncubatorException.class,
                () ->
                    asReviewer.call(
                        () -> {
                          review.approve(sequential, null);
                          return null;
                        }))
            .getMessageKey());
    asSecondReviewer.call(
        () -> {
          review.approve(sequential, null);
          return null;
        });
    assertEquals(
        GrantStatus.APPROVED, asReviewer.call(() -> requests.getRequest(sequential)).getStatus());
    assertEquals(Money.mad("25000"), envelopeNow(envelopeId).getCommitted());

    for (int attempt = 0; attempt < 5; attempt++) {
      Long together = fixtures.submitted(fixtures.trained(intake), envelopeId, "21000");
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<?> one =
            pool.submit(
                () -> {
                  start.await();
                  return asReviewer.call(
                      () -> {
                        review.approve(together, null);
                        return null;
                      });
                });
        Future<?> two =
            pool.submit(
                () -> {
                  start.await();
                  return asSecondReviewer.call(
                      () -> {
                        review.approve(together, null);
                        return null;
                      });
                });
        start.countDown();
        one.get();
        two.get();
      } finally {
        pool.shutdownNow();
      }
      var decided = asReviewer.call(() -> requests.getRequest(together));
      assertEquals(
          GrantStatus.APPROVED,
          decided.getStatus(),
          "two approvals at the same moment end approved");
      assertEquals(2, decided.getApprovals().size());
    }
    assertEquals(
        Money.mad("130000"),
        envelopeNow(envelopeId).getCommitted(),
        "25,000 + 5 × 21,000, each committed once");
  }

  @Test
  void aTrancheIsPaidOnceWhenItsMilestoneIsMetEvenWhenTheFormIsSentManyTimesAtOnce()
      throws Exception {
    Intake intake = fixtures.intake("Paid grants");
    Long envelopeId = fixtures.envelope("Paying envelope", "50000", intake.callId());
    Long applicationId = fixtures.trained(intake);
    Long id = fixtures.submitted(applicationId, envelopeId, "10000.01");
    asReviewer.call(
        () -> {
          review.approve(id, null);
          return null;
        });
    var payment =
        new PaymentDetails(
            CentreTime.today(),
            PaymentMethod.BANK_TRANSFER,
            "VIR-2027-0001",
            UUID.randomUUID().toString());

    var missing =
        assertThrows(
            IncubatorException.class, () -> asAdmin.call(() -> disbursements.pay(id, 1, payment)));
    assertEquals("grant.tranche.milestoneMissing", missing.getMessageKey());
    assertFalse(asAdmin.call(() -> disbursements.tranches(id)).get(0).isPayable());
    // the launch releases the first tranche: recorded by the grant's preparer (the lead mentor),
    // it waits for a second mentor's confirmation
    Long person = fixtures.ledBy(applicationId, "mentor");
    asMentor.call(() -> launches.record(person, GrantFixtures.workshop()));
    assertFalse(
        asAdmin.call(() -> disbursements.tranches(id)).get(0).isPayable(),
        "who prepared the grant cannot release its money alone");
    long recorded = asMentor.call(() -> launches.of(person)).orElseThrow().launch().getVersion();
    asSecondMentor.call(
        () -> {
          launches.confirm(person, recorded);
          return null;
        });
    assertTrue(asAdmin.call(() -> disbursements.tranches(id)).get(0).isPayable());
    assertThrows(
        EJBAccessException.class, () -> asMentor.call(() -> disbursements.pay(id, 1, payment)));

    int clicks = 10;
    ExecutorService pool = Executors.newFixedThreadPool(clicks);
    List<PaymentDetails> forms = new ArrayList<>();
    List<Future<Long>> sent = new ArrayList<>();
    List<Long> answers = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < clicks; i++) {
        // half the clicks replay the same form, the other half are new forms for the same tranche
        PaymentDetails form =
            i % 2 == 0
                ? payment
                : new PaymentDetails(
                    CentreTime.today(),
                    PaymentMethod.BANK_TRANSFER,
                    "VIR-2027-0001",
                    UUID.randomUUID().toString());
        forms.add(form);
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return asAdmin.call(() -> disbursements.pay(id, 1, form));
                }));
      }
      start.countDown();
      for (Future<Long> result : sent) {
        try {
          answers.add(result.get());
        } catch (ExecutionException e) {
          assertEquals(
              "grant.tranche.alreadyPaid",
              assertInstanceOf(IncubatorException.class, e.getCause()).getMessageKey());
          answers.add(null);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<GrantPayment> payments = asAdmin.call(() -> requests.getRequest(id)).getPayments();
    assertEquals(1, payments.size());
    GrantPayment paid = payments.get(0);
    PaymentDetails formThatPaid =
        forms.stream().filter(f -> f.token().equals(paid.getToken())).findFirst().orElseThrow();
    for (int i = 0; i < clicks; i++) {
      if (forms.get(i) == formThatPaid) {
        assertEquals(
            paid.getId(),
            answers.get(i),
            "the form that paid, and each replay of it: that payment");
      } else {
        assertNull(answers.get(i), "a new form for a paid tranche is refused");
      }
    }
    assertEquals(
        paid.getId(),
        asAdmin.call(() -> disbursements.pay(id, 1, formThatPaid)),
        "the same form sent again later answers with the same payment");
    assertEquals(1, asAdmin.call(() -> requests.getRequest(id)).getPayments().size());
    BudgetEnvelope after = envelopeNow(envelopeId);
    assertEquals(Money.mad("6000.01"), after.getPaid(), "60 % of 10,000.01, paid once");
    assertEquals(Money.mad("10000.01"), after.getCommitted());
    assertEquals(
        "grant.tranche.milestoneMissing",
        assertThrows(
                IncubatorException.class,
                () ->
                    asAdmin.call(
                        () ->
                            disbursements.pay(
                                id,
                                2,
                                new PaymentDetails(
                                    CentreTime.today(),
                                    PaymentMethod.CHEQUE,
                                    "CHQ-1",
                                    UUID.randomUUID().toString()))))
            .getMessageKey());

    Money released =
        asAdmin.call(() -> disbursements.close(id, "The workshop closed after a fire"));
    assertEquals(Money.mad("4000.00"), released);
    assertEquals(
        Money.mad("6000.01"),
        envelopeNow(envelopeId).getCommitted(),
        "the unpaid tranche went back to the envelope");
    assertTrue(
        asAdmin.call(() -> requests.trail(id)).stream()
            .anyMatch(
                e -> e.getAction() == GrantAction.PAID && e.getNewValue().contains("6000.01")));
  }

  @Test
  void anEntrepreneurReadsOnlyTheirOwnGrant() throws Exception {
    Intake intake = fixtures.intake("Someone else's grant");
    Long envelopeId = fixtures.envelope("Envelope of someone else", "30000", intake.callId());
    Long id = fixtures.submitted(fixtures.trained(intake), envelopeId, "5000");
    assertThrows(NotFoundException.class, () -> asEntrepreneur.call(() -> myGrants.get(id)));
    assertTrue(
        asEntrepreneur.call(() -> myGrants.mine()).stream().noneMatch(g -> g.getId().equals(id)));
    assertThrows(
        EJBAccessException.class, () -> asEntrepreneur.call(() -> requests.getRequest(id)));
    assertThrows(
        NotFoundException.class,
        () -> asEntrepreneur.call(() -> disbursements.myTranches(id)),
        "nor what its tranches wait for");
  }

  @Test
  void dutiesAreSeparatedAConflictedReviewerIsExcludedAndTheTrailCannotBeEdited() throws Exception {
    Intake intake = fixtures.intake("Separated duties");
    Long envelopeId = fixtures.envelope("Small envelope", "30000", intake.callId());
    Long applicationId = fixtures.trained(intake);
    Long id = fixtures.submitted(applicationId, envelopeId, "8000");

    assertThrows(
        EJBAccessException.class,
        () ->
            asMentor.call(
                () -> {
                  review.approve(id, null);
                  return null;
                }));
    assertThrows(
        EJBAccessException.class,
        () -> asReviewer.call(() -> requests.prepare(applicationId, envelopeId, List.of(), "x")));
    assertThrows(
        EJBAccessException.class,
        () ->
            asAdmin.call(
                () -> {
                  review.approve(id, null);
                  return null;
                }));

    asReviewer.call(
        () -> {
          review.declareConflict(id);
          return null;
        });
    assertEquals(
        "grant.review.conflict",
        assertThrows(
                IncubatorException.class,
                () ->
                    asReviewer.call(
                        () -> {
                          review.approve(id, null);
                          return null;
                        }))
            .getMessageKey());
    assertFalse(inInbox(asReviewer, id));

    var noReason =
        assertThrows(
            IncubatorException.class,
            () ->
                asSecondReviewer.call(
                    () -> {
                      review.returnForChanges(id, " ");
                      return null;
                    }));
    assertEquals("comment", noReason.getField().orElseThrow());
    asSecondReviewer.call(
        () -> {
          review.returnForChanges(id, "Add the rent");
          return null;
        });
    Long next =
        asMentor.call(
            () ->
                requests.reviseAfterReturn(
                    id,
                    List.of(
                        new GrantLineDetails(
                            UseCategory.EQUIPMENT, "Machine", new BigDecimal("6000")),
                        new GrantLineDetails(UseCategory.RENT, "Shop", new BigDecimal("2000"))),
                    "With the rent"));
    assertEquals(GrantStatus.RETURNED, asAdmin.call(() -> requests.getRequest(id)).getStatus());
    assertEquals(2, asAdmin.call(() -> requests.getRequest(next)).getRevision());

    List<GrantEvent> trail = asAdmin.call(() -> requests.trail(id));
    assertEquals(
        List.of(GrantAction.PREPARED, GrantAction.SUBMITTED, GrantAction.RETURNED),
        trail.stream().map(GrantEvent::getAction).toList());
    assertEquals("reviewer2", trail.get(2).getBy());
    assertEquals("Add the rent", trail.get(2).getComment());
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      assertRefusedByTrigger(
          statement,
          "UPDATE grant_event SET done_by = 'someone' WHERE request_id = " + id,
          "The grant trail is append-only");
      assertRefusedByTrigger(
          statement,
          "DELETE FROM grant_event WHERE request_id = " + id,
          "The grant trail is append-only");
      assertRefusedByCheck(
          statement,
          "UPDATE budget_envelope SET committed = amount + 1 WHERE id = " + envelopeId,
          "ck_budget_envelope_amounts");
    }
  }

  @Test
  void
      aReviewerWalkingIdsReadsOnlyRequestsSentToTheFoundationAndNotConflictedAndOnlyTheDocumentsAReviewNeeds()
          throws Exception {
    Intake intake = fixtures.intake("Ids walked by a reviewer");
    Long envelopeId = fixtures.envelope("Envelope walked", "90000", intake.callId());
    Long draftApplication = fixtures.trained(intake);
    Long draft =
        asMentor.call(
            () ->
                requests.prepare(
                    draftApplication,
                    envelopeId,
                    List.of(
                        new GrantLineDetails(
                            UseCategory.EQUIPMENT, "Kiln", new BigDecimal("4000"))),
                    "Not sent yet"));
    fixtures.withBusinessPlan(draftApplication);
    Long conflicted = fixtures.submitted(fixtures.trained(intake), envelopeId, "5000");
    asReviewer.call(
        () -> {
          review.declareConflict(conflicted);
          return null;
        });
    asReviewer.call(
        () -> {
          review.declareConflict(conflicted);
          return null;
        });
    Long underReviewApplication = fixtures.trained(intake);
    Long underReview = fixtures.submitted(underReviewApplication, envelopeId, "6000");
    byte[] scan =
        "%PDF-1.4\n% CIN scan\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Long cinScan =
        asMentor.call(
            () ->
                applications.attach(
                    underReviewApplication, DocumentKind.CIN_SCAN, "cin.pdf", scan));
    Long decidedByOther = fixtures.submitted(fixtures.trained(intake), envelopeId, "7000");
    asSecondReviewer.call(
        () -> {
          review.reject(decidedByOther, "No quote");
          return null;
        });
    Long decidedByMe = fixtures.submitted(fixtures.trained(intake), envelopeId, "3000");
    asReviewer.call(
        () -> {
          review.returnForChanges(decidedByMe, "Add the rent");
          return null;
        });

    List<Long> readable = new ArrayList<>();
    for (long id = draft; id <= decidedByMe + 1; id++) {
      long walked = id;
      try {
        asReviewer.call(() -> requests.getRequest(walked));
        readable.add(walked);
        asReviewer.call(() -> requests.trail(walked));
        asReviewer.call(() -> disbursements.tranches(walked));
      } catch (NotFoundException hidden) {
        for (java.util.concurrent.Callable<?> other :
            List.<java.util.concurrent.Callable<?>>of(
                () -> requests.trail(walked),
                () -> disbursements.tranches(walked),
                () -> requests.documentsOf(walked),
                () -> letters.letterFor(walked))) {
          assertThrows(NotFoundException.class, () -> asReviewer.call(other), "request " + walked);
        }
      }
    }
    assertEquals(
        List.of(underReview, decidedByOther, decidedByMe),
        readable.stream()
            .filter(List.of(draft, conflicted, underReview, decidedByOther, decidedByMe)::contains)
            .toList());

    List<Long> opened = new ArrayList<>();
    long firstDocument = asMentor.call(() -> requests.documentsOf(draft)).get(0).getId();
    for (long id = firstDocument; id <= cinScan + 3; id++) {
      long walked = id;
      try {
        asReviewer.call(() -> review.openDocument(walked));
        opened.add(walked);
      } catch (NotFoundException hidden) {
        // not theirs to see
      }
    }
    Long underReviewPlan =
        asMentor.call(() -> requests.documentsOf(underReview)).stream()
            .filter(d -> d.getKind() == DocumentKind.BUSINESS_PLAN)
            .findFirst()
            .orElseThrow()
            .getId();
    Long myDecisionPlan =
        asMentor.call(() -> requests.documentsOf(decidedByMe)).stream()
            .filter(d -> d.getKind() == DocumentKind.BUSINESS_PLAN)
            .findFirst()
            .orElseThrow()
            .getId();
    assertEquals(
        List.of(underReviewPlan, myDecisionPlan),
        opened,
        "the plans of requests under review or decided by me; no CIN scan, nothing of drafts,"
            + " conflicts or others' decisions");
    assertEquals(
        List.of(DocumentKind.BUSINESS_PLAN),
        asReviewer.call(() -> requests.documentsOf(underReview)).stream()
            .map(d -> d.getKind())
            .toList(),
        "the request page lists only those");
  }

  @Test
  void whatEndedOnTheErrorPageIsNowAMessageOnItsField() throws Exception {
    Intake intake = fixtures.intake("Messages instead of error pages");
    Long envelopeId = fixtures.envelope("Envelope of second chances", "90000", intake.callId());
    Long applicationId = fixtures.trained(intake);
    List<GrantLineDetails> oneLine =
        List.of(new GrantLineDetails(UseCategory.EQUIPMENT, "Press", new BigDecimal("5000")));

    Long rejected = fixtures.submitted(applicationId, envelopeId, "5000");
    asReviewer.call(
        () -> {
          review.reject(rejected, "No quote");
          return null;
        });
    Long afterRejection =
        asMentor.call(() -> requests.prepare(applicationId, envelopeId, oneLine, "With the quote"));
    var notYours =
        assertThrows(
            IncubatorException.class,
            () ->
                asSecondMentor.call(
                    () -> {
                      requests.withdraw(afterRejection);
                      return null;
                    }));
    assertEquals(
        "grant.request.notYours",
        notYours.getMessageKey(),
        "only the mentor who prepared it, or an administrator");
    assertThrows(
        IncubatorException.class,
        () ->
            asSecondMentor.call(
                () -> {
                  requests.submit(afterRejection);
                  return null;
                }));
    asMentor.call(
        () -> {
          requests.withdraw(afterRejection);
          return null;
        });
    Long afterWithdrawal =
        asMentor.call(() -> requests.prepare(applicationId, envelopeId, oneLine, "Again"));
    asMentor.call(
        () -> {
          requests.submit(afterWithdrawal);
          return null;
        });
    asReviewer.call(
        () -> {
          review.returnForChanges(afterWithdrawal, "Add the rent");
          return null;
        });
    Long afterReturn =
        asMentor.call(
            () ->
                requests.prepare(
                    applicationId, envelopeId, oneLine, "A fresh request after the return"));
    assertEquals(
        List.of(1, 2, 3, 4),
        List.of(rejected, afterRejection, afterWithdrawal, afterReturn).stream()
            .map(id -> call(() -> asAdmin.call(() -> requests.getRequest(id)).getRevision()))
            .toList());
    var stillOpen =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> requests.reviseAfterReturn(afterWithdrawal, oneLine, "Revised")));
    assertEquals("grant.request.alreadyOpen", stillOpen.getMessageKey());

    var longJustification =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () ->
                        requests.prepare(
                            fixtures.trained(intake), envelopeId, oneLine, "x".repeat(10_000))));
    assertEquals("justification", longJustification.getField().orElseThrow());
    asMentor.call(
        () -> {
          requests.submit(afterReturn);
          return null;
        });
    var longComment =
        assertThrows(
            IncubatorException.class,
            () ->
                asReviewer.call(
                    () -> {
                      review.approve(afterReturn, "y".repeat(10_000));
                      return null;
                    }));
    assertEquals("comment", longComment.getField().orElseThrow());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> clicks =
          pool.invokeAll(
              List.of(
                  () ->
                      asSecondReviewer.call(
                          () -> {
                            review.declareConflict(afterReturn);
                            return null;
                          }),
                  () ->
                      asSecondReviewer.call(
                          () -> {
                            review.declareConflict(afterReturn);
                            return null;
                          })));
      for (Future<Object> click : clicks) {
        click.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThrows(
        NotFoundException.class,
        () -> asSecondReviewer.call(() -> requests.getRequest(afterReturn)),
        "declared once, out of sight");
  }

  private static <T> T call(java.util.concurrent.Callable<T> work) {
    try {
      return work.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void decisionLettersAreWrittenFromTheRecordedDecisionForTheirEntrepreneurOnly() throws Exception {
    Intake intake = fixtures.intake("Decision letters");
    Long envelopeId = fixtures.envelope("Envelope of the letters", "60000", intake.callId());
    Long applicationId = fixtures.trained(intake);
    Long approvedId =
        asMentor.call(
            () ->
                requests.prepare(
                    applicationId,
                    envelopeId,
                    List.of(
                        new GrantLineDetails(
                            UseCategory.EQUIPMENT, "Oven", new BigDecimal("18000")),
                        new GrantLineDetails(
                            UseCategory.WORKING_CAPITAL, "Flour", new BigDecimal("7000"))),
                    "A bakery in the neighbourhood"));
    var missing =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      requests.submit(approvedId);
                      return null;
                    }));
    assertEquals(
        "grant.request.businessPlanMissing",
        missing.getMessageKey(),
        "no business plan, no review");
    fixtures.withBusinessPlan(applicationId);
    asMentor.call(
        () -> {
          requests.submit(approvedId);
          return null;
        });
    assertEquals(
        "grant.letter.none",
        assertThrows(
                NotFoundException.class, () -> asMentor.call(() -> letters.letterFor(approvedId)))
            .getMessageKey(),
        "no decision, no letter");
    asReviewer.call(
        () -> {
          review.approve(approvedId, "Sound plan");
          return null;
        });
    assertThrows(
        NotFoundException.class,
        () -> asMentor.call(() -> letters.letterFor(approvedId)),
        "one approval of two is not a decision yet");
    asSecondReviewer.call(
        () -> {
          review.approve(approvedId, null);
          return null;
        });

    Long planId =
        asMentor.call(() -> requests.documentsOf(approvedId)).stream()
            .filter(d -> d.getKind() == DocumentKind.BUSINESS_PLAN)
            .findFirst()
            .orElseThrow()
            .getId();
    assertTrue(
        new String(
                asReviewer.call(() -> review.openDocument(planId)).bytes(),
                java.nio.charset.StandardCharsets.US_ASCII)
            .contains("sewing workshop"),
        "the reviewer reads the business plan");
    Long notUnderReview = fixtures.trained(intake);
    Long otherDocument = fixtures.withBusinessPlan(notUnderReview);
    assertThrows(
        NotFoundException.class,
        () -> asReviewer.call(() -> review.openDocument(otherDocument)),
        "nothing of people who did not ask for a grant");

    DecisionLetter approval = asMentor.call(() -> letters.letterFor(approvedId));
    assertTrue(approval.approved());
    assertEquals(Money.mad("25000.00"), approval.amount());
    assertEquals(
        List.of(Money.mad("15000.00"), Money.mad("10000.00")),
        approval.tranches().stream().map(t -> t.getAmount()).toList());
    assertEquals(
        List.of(Milestone.BUSINESS_LAUNCHED, Milestone.EVALUATION_PASSED),
        approval.tranches().stream().map(t -> t.getMilestone()).toList());
    assertEquals(
        List.of("Leila Tazi", "Omar Kettani"),
        approval.decidedBy(),
        "the reviewers who approved, by name");
    assertEquals("Sound plan", approval.comment());
    assertEquals("Envelope of the letters", approval.envelopeName());
    assertEquals(
        approval.reference(),
        asReviewer.call(() -> letters.letterFor(approvedId)).reference(),
        "reviewers read it too");
    var holder = asMentor.call(() -> applications.getApplication(applicationId).getHolder());
    String decidedName = holder.getFullName();
    var corrected =
        asMentor.call(() -> applications.getApplication(applicationId).getHolder().toDetails());
    corrected.setLastName("Renamed-After-Decision");
    asMentor.call(
        () -> {
          register.revise(holder.getId(), holder.getVersion(), corrected);
          return null;
        });
    assertEquals(
        decidedName,
        asMentor.call(() -> letters.letterFor(approvedId)).holderName(),
        "the letter names the person as they were when decided");
    assertEquals(
        List.of("lastName"),
        asMentor.call(() -> register.identityChanges(holder.getId())).stream()
            .map(c -> c.getField())
            .toList(),
        "the correction is kept");
    assertThrows(
        NotFoundException.class,
        () -> asEntrepreneur.call(() -> letters.letterFor(approvedId)),
        "another entrepreneur's letter");

    Long rejectedId = fixtures.submitted(fixtures.trained(intake), envelopeId, "9000");
    asReviewer.call(
        () -> {
          review.reject(rejectedId, "No quote for the equipment");
          return null;
        });
    DecisionLetter rejection = asAdmin.call(() -> letters.letterFor(rejectedId));
    assertFalse(rejection.approved());
    assertEquals("No quote for the equipment", rejection.comment());
    assertEquals(List.of("Leila Tazi"), rejection.decidedBy());
    assertEquals(
        asAdmin.call(() -> requests.trail(rejectedId)).get(2).getAt(),
        rejection.decidedAt(),
        "dated by the recorded decision");
  }

  @Test
  void anEnvelopeCanFundOneCohortAndShowsCommittedAndPaidMonthByMonth() throws Exception {
    Intake intake = fixtures.intake("Cohort-funded grants");
    Long secondCohortId =
        fixtures.cohort(intake.callId(), "Second cohort", LocalDate.of(2028, 1, 10), 10);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    var details = new EnvelopeDetails();
    details.setName("Donor of the first cohort");
    details.setFundingSource("A donor");
    details.setAmount(new BigDecimal("40000"));
    details.setStartsOn(today.minusMonths(3).withDayOfMonth(1));
    details.setEndsOn(today.plusMonths(6));
    details.setCohortIds(List.of(intake.cohortId()));
    Long envelopeId = asAdmin.call(() -> envelopes.open(details));

    Long inFirst = fixtures.trained(intake);
    Long inSecond = fixtures.trained(intake.into(secondCohortId));
    assertTrue(
        asMentor.call(() -> envelopes.funding(inFirst)).stream()
            .anyMatch(e -> e.getId().equals(envelopeId)),
        "offered for the funded cohort");
    assertTrue(
        asMentor.call(() -> envelopes.funding(inSecond)).stream()
            .noneMatch(e -> e.getId().equals(envelopeId)),
        "not offered for another cohort");
    var otherCohort =
        assertThrows(
            IncubatorException.class, () -> fixtures.submitted(inSecond, envelopeId, "5000"));
    assertEquals("grant.envelope.otherCall", otherCohort.getMessageKey());
    assertEquals("envelope", otherCohort.getField().orElseThrow());
    Long id = fixtures.submitted(inFirst, envelopeId, "10000");
    asReviewer.call(
        () -> {
          review.approve(id, null);
          return null;
        });
    Long launched = fixtures.ledBy(inFirst, "mentor2");
    asSecondMentor.call(() -> launches.record(launched, GrantFixtures.workshop()));
    asAdmin.call(
        () ->
            disbursements.pay(
                id,
                1,
                new PaymentDetails(
                    today, PaymentMethod.MOBILE_WALLET, "MW-1", UUID.randomUUID().toString())));

    List<EnvelopeMonth> months = asReviewer.call(() -> envelopes.history(envelopeId));
    assertEquals(4, months.size(), "from the envelope's first month to this one: " + months);
    assertEquals(YearMonth.from(today.minusMonths(3)), months.get(0).month());
    assertEquals(Money.ZERO, months.get(2).committed());
    assertEquals(Money.mad("10000.00"), months.get(3).committed());
    assertEquals(Money.mad("6000.00"), months.get(3).paid());

    asAdmin.call(() -> disbursements.close(id, "Moved away"));
    EnvelopeMonth thisMonth = asAdmin.call(() -> envelopes.history(envelopeId)).get(3);
    assertEquals(
        Money.mad("6000.00"),
        thisMonth.committed(),
        "the unpaid tranche released in the month the grant closed");
    assertEquals(
        envelopeNow(envelopeId).getCommitted(),
        thisMonth.committed(),
        "the history ends where the envelope stands");
  }
}
