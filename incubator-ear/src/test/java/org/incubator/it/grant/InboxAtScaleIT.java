package org.incubator.it.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.incubator.grant.EnvelopeDetails;
import org.incubator.grant.Envelopes;
import org.incubator.grant.GrantReview;
import org.incubator.grant.InboxItem;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsReviewer;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.it.support.QueryPlans;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reviewer's inbox with 20,000 grant requests in the database: every page is one SQL statement,
 * oldest first, without the requests the reviewer already approved or is in conflict with.
 */
@ExtendWith(ArquillianExtension.class)
class InboxAtScaleIT {

  private static final Logger LOG = Logger.getLogger(InboxAtScaleIT.class.getName());
  private static final int REQUESTS = 20_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(InboxAtScaleIT.class);
  }

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Envelopes")
  Envelopes envelopes;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantReview")
  GrantReview review;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsReviewer.JNDI)
  AsReviewer asReviewer;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe probe;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  private Long envelopeId;

  /**
   * 20,000 admitted people with a submitted request each, written in SQL; 1 in 10 already approved
   * by me, 1 in 50 in conflict with me. Returns how many of them wait for me.
   */
  private long twentyThousandRequests() throws Exception {
    Long callId = calls.open("Call of the inbox at scale");
    var envelope = new EnvelopeDetails();
    envelope.setName("Envelope of the inbox at scale");
    envelope.setFundingSource("Donor");
    envelope.setAmount(new BigDecimal("500000000"));
    envelope.setStartsOn(LocalDate.of(2026, 1, 1));
    envelope.setEndsOn(LocalDate.of(2026, 12, 31));
    envelope.setCallIds(List.of(callId));
    envelopeId = asAdmin.call(() -> envelopes.open(envelope));
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO project_holder (first_name, last_name, cin, birth_date, gender, phone,"
              + " province_code, household_size, household_monthly_income, education, disability,"
              + " project_title, project_trade, project_estimated_budget, project_own_contribution,"
              + " registered_at, registered_by, updated_at, updated_by) SELECT 'Inbox',"
              + " CONCAT('Holder', seq), CONCAT('IB', seq), '2000-01-01', 'FEMALE',"
              + " '+212600000000', 'CASABLANCA', 4, 2000, 'VOCATIONAL', 'NONE', 'Project',"
              + " 'SEWING_TEXTILE', 20000, 2000, NOW(6), 'scale', NOW(6), 'scale' FROM seq_1_to_"
              + REQUESTS);
      statement.executeUpdate(
          "INSERT INTO application (holder_id, call_id, status, "
              + Holders.COPIED_ONTO_APPLICATION
              + ") SELECT h.id, "
              + callId
              + ", 'ELIGIBLE', "
              + Holders.COPIED_FROM_H
              + " FROM project_holder h WHERE h.cin LIKE 'IB%'");
      int submitted =
          statement.executeUpdate(
              "INSERT INTO grant_request (application_id, envelope_id, revision, amount,"
                  + " justification, status, prepared_by, submitted_at) SELECT a.id, "
                  + envelopeId
                  + ", 1, 10000 + (a.id % 100) * 100, 'Scale', 'SUBMITTED', 'mentor',"
                  + " TIMESTAMPADD(MINUTE, a.id % 20000, '2026-03-01') FROM application a WHERE"
                  + " a.call_id = "
                  + callId);
      int approvedByMe =
          statement.executeUpdate(
              "INSERT INTO grant_approval (request_id, reviewer, approved_at) SELECT r.id,"
                  + " 'reviewer', NOW(6) FROM grant_request r WHERE r.envelope_id = "
                  + envelopeId
                  + " AND r.id % 10 = 0");
      int inConflictWithMe =
          statement.executeUpdate(
              "INSERT INTO grant_conflict (application_id, reviewer, declared_at) SELECT"
                  + " r.application_id, 'reviewer', NOW(6) FROM grant_request r WHERE r.envelope_id"
                  + " = "
                  + envelopeId
                  + " AND r.id % 50 = 1");
      // A bulk load leaves the optimizer's statistics behind; a database that grew by use has them.
      statement.execute(
          "ANALYZE TABLE project_holder, application, grant_request, grant_approval,"
              + " grant_conflict, budget_envelope, call_for_applications");
      assertEquals(REQUESTS, submitted);
      assertTrue(approvedByMe > 0 && inConflictWithMe > 0, "requests to leave out, of both kinds");
      return submitted - approvedByMe - inConflictWithMe;
    }
  }

  private long bestOfFive(PageRequest page) throws Exception {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      asReviewer.call(() -> review.inbox(page));
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }

  @Test
  void everyPageOfTheInboxIsOneStatementOldestFirst() throws Exception {
    long waitingBefore = asReviewer.call(() -> review.inboxCount());
    long waitingInTheBulk = twentyThousandRequests();
    long waiting = asReviewer.call(() -> review.inboxCount());
    var firstPage =
        probe.during(
            () -> asReviewer.call(() -> review.inbox(new PageRequest(0, 20, null, false))));
    LOG.info(
        "Inbox query plan: "
            + QueryPlans.explain(
                dataSource,
                firstPage.statements().get(0),
                "'reviewer'",
                "'reviewer'",
                "'reviewer'",
                "20",
                "0"));
    assertEquals(
        waitingBefore + waitingInTheBulk,
        waiting,
        "the bulk's requests wait for me, but those I already approved or am in conflict with");

    var report =
        new StringBuilder(
            "Review inbox with "
                + REQUESTS
                + " submitted requests ("
                + waiting
                + " waiting for this reviewer), 20 a page:");
    Instant before = Instant.MIN;
    for (int first : new int[] {0, (int) waiting / 2, (int) waiting - 20}) {
      var page = new PageRequest(first, 20, null, false, waiting);
      var recorded = probe.during(() -> asReviewer.call(() -> review.inbox(page)));
      List<InboxItem> items = recorded.result();
      // the page's ids from the inbox index, joined to those requests with their names
      assertEquals(1, recorded.statements().size(), recorded.statements().toString());
      assertEquals(20, items.size());
      for (int i = 1; i < items.size(); i++) {
        assertTrue(
            !items.get(i).getSubmittedAt().isBefore(items.get(i - 1).getSubmittedAt()),
            "oldest first");
      }
      assertTrue(
          !items.get(0).getSubmittedAt().isBefore(before),
          "the page from " + first + " comes after the pages before it");
      before = items.get(items.size() - 1).getSubmittedAt();
      assertTrue(
          items.stream().allMatch(item -> item.getApprovals() == 0), "none I already approved");
      long millis = bestOfFive(page);
      report.append(String.format("%n  page from %5d: %4d ms, 1 statement", first, millis));
      assertTrue(millis < 2_000, "page from " + first + " took " + millis + " ms");
    }
    long start = System.nanoTime();
    asReviewer.call(() -> review.inboxCount());
    report.append(String.format("%n  count: %d ms", (System.nanoTime() - start) / 1_000_000));
    LOG.info(report.toString());
  }

  /** The 20,000 requests leave the other tests' inboxes once measured. */
  @AfterEach
  void withdrawTheBulk() throws Exception {
    if (envelopeId != null) {
      try (var connection = dataSource.getConnection();
          var statement = connection.createStatement()) {
        statement.executeUpdate(
            "UPDATE grant_request SET status = 'WITHDRAWN' WHERE envelope_id = " + envelopeId);
      }
    }
  }
}
