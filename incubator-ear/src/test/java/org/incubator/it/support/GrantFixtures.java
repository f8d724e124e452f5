package org.incubator.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.coaching.Caseloads;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.LegalForm;
import org.incubator.grant.EnvelopeDetails;
import org.incubator.grant.Envelopes;
import org.incubator.grant.GrantLineDetails;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.UseCategory;
import org.incubator.selection.Applications;
import org.incubator.selection.CohortDetails;
import org.incubator.selection.Cohorts;
import org.incubator.selection.Committee;
import org.incubator.selection.Criterion;
import org.incubator.selection.DocumentKind;
import org.incubator.selection.SessionDetails;
import org.incubator.shared.CentreTime;

/**
 * The way to a seed grant, for the grant tests: a call with a cohort and a committee session, an
 * admitted entrepreneur, an envelope, a submitted request with its business plan. Each step runs in
 * the role that does it in real life.
 */
@Stateless
@PermitAll
public class GrantFixtures {

  public static final String JNDI = "java:global/incubator/test-support/GrantFixtures";

  /** A call with one big cohort and a committee session, ready to admit people. */
  public record Intake(Long callId, Long cohortId, Long sessionId) {

    /** The same call and session, admitting into another cohort. */
    public Intake into(Long otherCohortId) {
      return new Intake(callId, otherCohortId, sessionId);
    }
  }

  /**
   * The last CIN number given, continued from the database: every test class deploys afresh on the
   * same database.
   */
  private static AtomicInteger cins;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  private DataSource dataSource;

  @EJB private AsAdmin asAdmin;

  @EJB private AsMentor asMentor;

  @EJB private AsSecondMentor asSecondMentor;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Envelopes")
  private Envelopes envelopes;

  @EJB(lookup = "java:global/incubator/incubator-ejb/GrantRequests")
  private GrantRequests requests;

  @EJB private Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  private Applications applications;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Cohorts")
  private Cohorts cohorts;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Committee")
  private Committee committee;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  private ProjectHolderRegister register;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Caseloads")
  private Caseloads caseloads;

  public Intake intake(String name) throws Exception {
    var call = Calls.details(name);
    call.setPlaces(200);
    Long callId = calls.open(call);
    Long cohortId = cohort(callId, "Cohort of " + name, LocalDate.of(2027, 9, 1), 200);
    var session = new SessionDetails();
    session.setHeldOn(LocalDate.of(2027, 6, 1));
    session.setMembers(List.of("mentor", "mentor2", "admin"));
    Long sessionId = asAdmin.call(() -> committee.openSession(callId, session));
    return new Intake(callId, cohortId, sessionId);
  }

  public Long cohort(Long callId, String name, LocalDate startsOn, int capacity) throws Exception {
    var cohort = new CohortDetails();
    cohort.setName(name);
    cohort.setStartsOn(startsOn);
    cohort.setEndsOn(startsOn.plusMonths(3));
    cohort.setCapacity(capacity);
    return asAdmin.call(() -> cohorts.form(callId, cohort));
  }

  /** A new person, marked, shortlisted and admitted into the intake's cohort. */
  public Long admitted(Intake intake) throws Exception {
    return admitted(intake, null);
  }

  /**
   * A new person, marked, shortlisted and admitted into the intake's cohort with the lead mentor
   * the committee chose (none: null).
   */
  public Long admitted(Intake intake, String leadMentor) throws Exception {
    Long id = shortlisted(intake);
    Long proposal =
        asMentor.call(() -> committee.admit(intake.sessionId(), id, intake.cohortId(), leadMentor));
    asSecondMentor.call(
        () -> {
          committee.confirm(proposal);
          return null;
        });
    return id;
  }

  /** A new person, marked and shortlisted in the intake's call: the committee decides next. */
  public Long shortlisted(Intake intake) throws Exception {
    int number = nextCin();
    var details = Holders.details("GR" + number, "Granted", "Number" + number);
    return asMentor.call(
        () -> {
          Long id = applications.applyOnPaper(register.register(details), intake.callId());
          applications.score(
              id,
              applications.getApplication(id).getVersion(),
              Map.of(
                  Criterion.VULNERABILITY,
                  7,
                  Criterion.SKILLS,
                  7,
                  Criterion.VIABILITY,
                  7,
                  Criterion.INTERVIEW,
                  7));
          applications.shortlist(id);
          return id;
        });
  }

  /**
   * A new person admitted, whose training is then recorded complete, as the rolls of a finished
   * training record it (TrainingIT proves that way): what a grant request waits for.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Long trained(Intake intake) throws Exception {
    Long applicationId = admitted(intake);
    try (var connection = dataSource.getConnection()) {
      recordTrainingComplete(connection, applicationId);
    }
    return applicationId;
  }

  /**
   * The admitted person's training recorded complete, as the rolls of a finished training record it
   * (TrainingIT proves that way): for tests in the server and in the browser alike.
   */
  public static void recordTrainingComplete(Connection connection, long applicationId)
      throws SQLException {
    try (var step =
        connection.prepareStatement(
            "INSERT INTO journey_step (participant_id, sequence, from_stage, to_stage, done_by,"
                + " done_at) SELECT p.id, 2, 'IN_TRAINING', 'TRAINED', 'mentor', NOW(6) FROM"
                + " participant p WHERE p.application_id = ?")) {
      step.setLong(1, applicationId);
      step.executeUpdate();
    }
    try (var stage =
        connection.prepareStatement(
            "UPDATE participant SET stage = 'TRAINED', stage_since = NOW(6), version = version"
                + " + 1 WHERE application_id = ? AND stage = 'IN_TRAINING'")) {
      stage.setLong(1, applicationId);
      if (stage.executeUpdate() != 1) {
        throw new IllegalStateException("No participant in training for " + applicationId);
      }
    }
  }

  private int nextCin() throws SQLException {
    synchronized (GrantFixtures.class) {
      if (cins == null) {
        try (var connection = dataSource.getConnection();
            var statement = connection.createStatement();
            var rows =
                statement.executeQuery(
                    "SELECT COALESCE(MAX(CAST(SUBSTRING(cin, 3) AS UNSIGNED)), 40000) FROM"
                        + " project_holder WHERE cin LIKE 'GR%'")) {
          rows.next();
          cins = new AtomicInteger(rows.getInt(1));
        }
      }
    }
    return cins.incrementAndGet();
  }

  public Long envelope(String name, String amount, Long callId) throws Exception {
    var details = new EnvelopeDetails();
    details.setName(name);
    details.setFundingSource("National solidarity campaign");
    details.setAmount(new BigDecimal(amount));
    details.setStartsOn(LocalDate.of(2027, 1, 1));
    details.setEndsOn(LocalDate.of(2027, 12, 31));
    details.setCallIds(List.of(callId));
    return asAdmin.call(() -> envelopes.open(details));
  }

  /**
   * A request of one line for {@code amount}, with the business plan attached, sent to the
   * reviewers.
   */
  public Long submitted(Long applicationId, Long envelopeId, String amount) throws Exception {
    return asMentor.call(
        () -> {
          Long id =
              requests.prepare(
                  applicationId,
                  envelopeId,
                  List.of(
                      new GrantLineDetails(
                          UseCategory.EQUIPMENT, "Equipment", new BigDecimal(amount))),
                  "Launch the workshop");
          withBusinessPlan(applicationId);
          requests.submit(id);
          return id;
        });
  }

  /** The mentor attaches the entrepreneur's business plan, which a request needs before review. */
  public Long withBusinessPlan(Long applicationId) throws Exception {
    byte[] plan =
        "%PDF-1.4\n% business plan: a sewing workshop\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    return asMentor.call(
        () ->
            applications.attach(
                applicationId, DocumentKind.BUSINESS_PLAN, "business-plan.pdf", plan));
  }

  /** The admitted person of {@code applicationId}. */
  public Long participantOf(Long applicationId) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement("SELECT id FROM participant WHERE application_id = ?")) {
      statement.setLong(1, applicationId);
      try (var rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("Nobody admitted for " + applicationId);
        }
        return rows.getLong(1);
      }
    }
  }

  /** The administrator makes {@code mentor} the lead mentor of the person; returns the person. */
  public Long ledBy(Long applicationId, String mentor) throws Exception {
    Long participant = participantOf(applicationId);
    asAdmin.call(
        () -> {
          caseloads.assign(participant, mentor, null);
          return null;
        });
    return participant;
  }

  /** A sewing workshop started three days ago, as its lead mentor records it. */
  public static LaunchDetails workshop() {
    var details = new LaunchDetails();
    details.setLegalForm(LegalForm.AUTO_ENTREPRENEUR);
    details.setRegistrationNumber("AE-2027-00417");
    details.setStartedOn(CentreTime.today().minusDays(3));
    details.setAddress("12 derb Sidi Bouloukat, Hay Mohammadi");
    details.setProvinceCode("CASABLANCA");
    details.setActivity("Tailoring and alterations");
    return details;
  }
}
