package org.incubator.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.incubator.identity.SecondFactor;

/**
 * Demo sign-ins and a programme to look at, loaded only when the server is started with {@code
 * -Dincubator.demo-data=true} (the run command and the tests do). Never part of the migrations: a
 * production database gets no demo account.
 *
 * <p>The demo is made of parts, one per context, loaded here in order. Each part looks for its own
 * data and loads only when it is missing, so loading twice changes nothing and an older demo
 * database gains the parts added since. Each part is a transaction of its own: the later parts (the
 * import goes through the real services, in their own transactions) read what the earlier ones
 * wrote.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "InterruptedImports"})
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private IdentityDemo identity;

  @Inject private ApplicantDemo applicants;

  @Inject private SelectionDemo selection;

  @Inject private GrantDemo grants;

  @Inject private ImportDemo imports;

  @Inject private TrainingDemo training;

  @Inject private StarterKitDemo starterKits;

  @Inject private CoachingDemo coaching;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!enabled()) {
      return;
    }
    identity.accounts();
    identity.mentorsCanBeReached();
    applicants.holders();
    selection.openCallWithApplications();
    grants.admittedWithGrantsInEveryStage();
    selection.admissionWaitingForASecondMember();
    applicants.registeredOnlineIdentityToConfirm();
    selection.appliedOnline();
    selection.draftKept();
    selection.waitingListDeclinedAndWithdrawn();
    imports.paperApplicationsImported();
    training.journeysOfTheAdmitted();
    training.curriculum();
    training.cohortHalfWayThroughItsTraining();
    training.cohortThatCompletedItsTraining();
    grants.grantsAfterTraining();
    training.traineeFollowsHisTraining();
    starterKits.kitsInEveryStage();
    coaching.leadMentorsAndLaunches();
    coaching.sessionsAndActions();
    announce();
  }

  private static boolean enabled() {
    return Boolean.getBoolean("incubator.demo-data")
        || "true".equalsIgnoreCase(System.getenv("INCUBATOR_DEMO_DATA"));
  }

  private static void announce() {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    var text =
        new StringBuilder(
            "\n\n  Incubator is ready: http://localhost:"
                + port
                + "/incubator/\n  Demo sign-ins (password "
                + IdentityDemo.PASSWORD
                + "):\n");
    IdentityDemo.USERS.forEach(u -> text.append(String.format("    %-13s %s%n", u[0], u[1])));
    text.append(
        SecondFactor.required()
            ? "  Administrators and reviewers sign in with a second factor (an authenticator app):"
                + " enrolled at their first sign-in.\n"
            : "  The second factor at sign-in is off for this demo. Turn it on for administrators"
                + " and reviewers with\n"
                + "  -Dincubator.second-factor=required (or INCUBATOR_SECOND_FACTOR=required), as"
                + " production has it by default.\n");
    LOG.info(text.toString());
  }
}
