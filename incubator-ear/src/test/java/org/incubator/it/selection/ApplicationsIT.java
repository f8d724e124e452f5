package org.incubator.it.selection;

import static org.incubator.it.support.DatabaseGuards.assertRefusedByTrigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
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
import javax.sql.DataSource;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Applications;
import org.incubator.selection.CallDetails;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.StatusChange;
import org.incubator.shared.IncubatorException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Paper applications, their assessment and their append-only history, in WildFly on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(ApplicationsIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  Applications applications;

  @EJB(lookup = "java:global/incubator/incubator-ejb/CallsForApplications")
  CallsForApplications calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  private static CallDetails call(String name, String ceiling) {
    var details = Calls.details(name);
    details.setIncomeCeilingPerPerson(new BigDecimal(ceiling));
    return details;
  }

  private Long holder(String cin, String lastName, String monthlyIncome) throws Exception {
    ProjectHolderDetails details = Holders.details(cin, "Applicant", lastName);
    details.setMonthlyIncome(new BigDecimal(monthlyIncome));
    return asMentor.call(() -> register.register(details));
  }

  @Test
  void aPaperApplicationIsAssessedAtOnceAndItsMovesAreKeptWithWhoAndWhen() throws Exception {
    Long callId = asAdmin.call(() -> calls.open(call("Paper call", "1000")));
    Long holderId = holder("AP1001", "Paper", "2500");

    Long id = asMentor.call(() -> applications.applyOnPaper(holderId, callId));

    assertEquals(
        ApplicationStatus.ELIGIBLE,
        asMentor.call(() -> applications.findFor(holderId, callId)).orElseThrow().getStatus());
    List<StatusChange> history = asMentor.call(() -> applications.history(id));
    assertEquals(
        List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE),
        history.stream().map(StatusChange::getTo).toList());
    assertTrue(
        history.stream().allMatch(change -> change.getBy() != null && change.getAt() != null));
    assertThrows(
        EJBAccessException.class,
        () -> asEntrepreneur.call(() -> applications.applyOnPaper(holderId, callId)));
  }

  @Test
  void oneHolderAppliesOnceToACallEvenWhenMentorsEnterItAtTheSameMoment() throws Exception {
    Long callId = asAdmin.call(() -> calls.open(call("Busy call", "1000")));
    Long holderId = holder("AP2002", "Twice", "2500");
    int mentors = 5;
    ExecutorService pool = Executors.newFixedThreadPool(mentors);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> attempts = new ArrayList<>();
      for (int i = 0; i < mentors; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  return asMentor.call(() -> applications.applyOnPaper(holderId, callId));
                }));
      }
      start.countDown();
      int stored = 0;
      for (Future<Long> attempt : attempts) {
        try {
          attempt.get();
          stored++;
        } catch (ExecutionException e) {
          assertEquals(
              "selection.application.duplicate",
              assertInstanceOf(IncubatorException.class, e.getCause()).getMessageKey());
        }
      }
      assertEquals(1, stored);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void revisingTheRulesReassessesUndecidedApplicationsAndSaysHowManyChanged() throws Exception {
    Long callId = asAdmin.call(() -> calls.open(call("Revised call", "1000")));
    Long poorer = holder("AP3003", "Poorer", "1500");
    Long richer = holder("AP3004", "Richer", "4200");
    Long withdrawn = holder("AP3005", "Withdrawn", "4200");
    asMentor.call(() -> applications.applyOnPaper(poorer, callId));
    asMentor.call(() -> applications.applyOnPaper(richer, callId));
    asMentor.call(() -> applications.applyOnPaper(withdrawn, callId));
    asMentor.call(
        () -> {
          applications.withdraw(
              applications.findFor(withdrawn, callId).orElseThrow().getId(), null);
          return null;
        });

    long version = asAdmin.call(() -> calls.getCall(callId)).getVersion();
    int changed = asAdmin.call(() -> calls.revise(callId, version, call("Revised call", "500")));

    assertEquals(1, changed);
    assertEquals(
        ApplicationStatus.ELIGIBLE,
        asMentor.call(() -> applications.findFor(poorer, callId)).orElseThrow().getStatus());
    assertEquals(
        ApplicationStatus.INELIGIBLE,
        asMentor.call(() -> applications.findFor(richer, callId)).orElseThrow().getStatus());
    assertEquals(
        ApplicationStatus.WITHDRAWN,
        asMentor.call(() -> applications.findFor(withdrawn, callId)).orElseThrow().getStatus());
  }

  @Test
  void theHistoryCannotBeEditedOrDeletedEvenInSql() throws Exception {
    Long callId = asAdmin.call(() -> calls.open(call("Audited call", "1000")));
    Long holderId = holder("AP4006", "Audited", "2500");
    Long id = asMentor.call(() -> applications.applyOnPaper(holderId, callId));

    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      assertRefusedByTrigger(
          statement,
          "UPDATE application_status_change SET changed_by = 'someone' WHERE application_id = "
              + id,
          "The application history is append-only");
      assertRefusedByTrigger(
          statement,
          "DELETE FROM application_status_change WHERE application_id = " + id,
          "The application history is append-only");
    }
    assertEquals(2, asMentor.call(() -> applications.history(id)).size());
  }
}
