package org.incubator.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.grant.GrantLine;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.Milestone;
import org.incubator.grant.MilestoneConfirmation;
import org.incubator.grant.PaymentMethod;
import org.incubator.grant.TranchePlan;
import org.incubator.grant.UseCategory;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.DocumentFormat;
import org.incubator.selection.DocumentKind;
import org.incubator.selection.DocumentStore;
import org.incubator.shared.CentreTime;
import org.incubator.shared.DateRange;
import org.incubator.shared.Money;
import org.incubator.training.JourneyStage;
import org.incubator.training.Participant;

/**
 * The demo's seed grants: the admitted entrepreneurs of the demo call each have a request at
 * another stage, so the reviewers' inbox, the envelope's balances and the letters all have
 * something to show.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GrantDemo {

  @PersistenceContext private EntityManager em;

  @Inject private DocumentStore documents;

  /**
   * A committee session of the demo call admitted six marked applicants into Cohorte A, and each
   * has a seed-grant request at another stage: waiting for a first reviewer, waiting for a second
   * (above the threshold), returned for changes, approved with its first tranche paid and the
   * second waiting for its milestone, rejected, and closed with its unpaid money back in the
   * envelope. The reviewer's inbox, the envelope's balances and the letters all have something to
   * show; the demo entrepreneur's own journey is left to walk.
   */
  public void admittedWithGrantsInEveryStage() {
    if (em.createQuery("SELECT COUNT(r) FROM GrantRequest r", Long.class).getSingleResult() > 0) {
      return;
    }
    var call =
        em.createQuery(
                "SELECT c FROM CallForApplications c ORDER BY c.id", CallForApplications.class)
            .setMaxResults(1)
            .getResultList();
    var envelope =
        em.createQuery(
                "SELECT e FROM BudgetEnvelope e WHERE e.name = 'INDH 2027'", BudgetEnvelope.class)
            .getResultList();
    if (call.isEmpty() || envelope.isEmpty()) {
      return;
    }
    Cohort cohort =
        em.createQuery("SELECT c FROM Cohort c WHERE c.call = :call ORDER BY c.name", Cohort.class)
            .setParameter("call", call.get(0))
            .getResultList()
            .get(0);
    List<Application> marked =
        em.createQuery(
                "SELECT a FROM Application a WHERE a.call = :call AND a.status = :eligible AND"
                    + " a.total IS NOT NULL AND a.holder.account IS NULL ORDER BY a.total DESC,"
                    + " a.id",
                Application.class)
            .setParameter("call", call.get(0))
            .setParameter("eligible", ApplicationStatus.ELIGIBLE)
            .setMaxResults(6)
            .getResultList();
    if (marked.size() < 6) {
      return;
    }
    Instant start = Instant.now().minus(Duration.ofDays(40));
    var session =
        new CommitteeSession(
            call.get(0),
            CentreTime.today().minusDays(40),
            Set.of("mentor", "mentor2", "admin"),
            "Six projects admitted into Cohorte A after the interviews; the budgets were checked"
                + " against the kits.",
            "mentor",
            start);
    em.persist(session);
    BudgetEnvelope indh = envelope.get(0);
    TranchePlan plan = TranchePlan.standard();
    Money ceiling = Money.mad("30000");
    Money twoReviewersAbove = Money.mad("20000");
    String[][] stages = {
      {"15000", "waiting"},
      {"25000", "second"},
      {"12000", "returned"},
      {"18000", "paid"},
      {"9000", "rejected"},
      {"10000", "closed"}
    };
    for (int i = 0; i < stages.length; i++) {
      Application application = marked.get(i);
      Instant day = start.plus(Duration.ofDays(i));
      application.shortlist("mentor", day);
      application.admit(em.merge(cohort), session, "mentor", day);
      businessPlan(application, day);
      Money amount = Money.mad(stages[i][0]);
      var request =
          GrantRequest.prepare(
              application,
              indh,
              List.of(
                  new GrantLine(UseCategory.EQUIPMENT, "Machines et outillage", amount.percent(70)),
                  new GrantLine(
                      UseCategory.WORKING_CAPITAL,
                      "Premier stock",
                      amount.minus(amount.percent(70)))),
              "Projet retenu par le comité ; le plan d’affaires montre un marché dans le quartier.",
              plan,
              ceiling,
              "mentor",
              day.plus(Duration.ofDays(2)));
      request.submit("mentor", day.plus(Duration.ofDays(3)));
      Instant decided = day.plus(Duration.ofDays(6));
      switch (stages[i][1]) {
        case "second" -> request.approve("reviewer", "Plan solide.", twoReviewersAbove, decided);
        case "returned" ->
            request.returnForChanges(
                "reviewer2", "Ajoutez le devis du fournisseur pour le four.", decided);
        case "rejected" ->
            request.reject("reviewer2", "Le budget reprend le kit de démarrage.", decided);
        case "paid" -> {
          request.approve("reviewer", "Bon dossier.", twoReviewersAbove, decided);
          request.commitTo(indh);
          em.persist(
              new MilestoneConfirmation(
                  application,
                  Milestone.BUSINESS_LAUNCHED,
                  CentreTime.today().minusDays(20),
                  "L’atelier a ouvert.",
                  "mentor2",
                  decided.plus(Duration.ofDays(5))));
          request.pay(
              1,
              Set.of(Milestone.BUSINESS_LAUNCHED),
              CentreTime.today().minusDays(18),
              PaymentMethod.BANK_TRANSFER,
              "VIR-2027-0007",
              UUID.randomUUID().toString(),
              indh,
              "admin",
              decided.plus(Duration.ofDays(7)));
        }
        case "closed" -> {
          request.approve("reviewer", null, twoReviewersAbove, decided);
          request.commitTo(indh);
          request.close(
              "Le projet s’est arrêté : l’entrepreneur a déménagé à Agadir.",
              indh,
              "admin",
              decided.plus(Duration.ofDays(10)));
        }
        default -> {}
      }
      em.persist(request);
    }
  }

  /**
   * Last year's trained cohort asks for its grants: Amina's is approved on a plan whose first
   * tranche waits for the training attended, which her rolls prove (ready to pay, no mentor's word
   * asked); Youssef's is with the reviewers.
   */
  public void grantsAfterTraining() {
    List<Participant> trained =
        em.createQuery(
                "SELECT p FROM Participant p WHERE p.cohort.name = :cohort AND p.stage = :trained"
                    + " ORDER BY p.id",
                Participant.class)
            .setParameter("cohort", TrainingDemo.TRAINED_COHORT)
            .setParameter("trained", JourneyStage.TRAINED)
            .setMaxResults(2)
            .getResultList();
    // the cohort's people move on (equipped, funded): whether this part loaded is read from its
    // grants, not from who is trained now
    if (trained.size() < 2
        || em.createQuery(
                    "SELECT COUNT(r) FROM GrantRequest r WHERE r.application.cohort.name ="
                        + " :cohort",
                    Long.class)
                .setParameter("cohort", TrainingDemo.TRAINED_COHORT)
                .getSingleResult()
            > 0) {
      return;
    }
    LocalDate today = CentreTime.today();
    Instant trainedOn = trained.get(0).getSince();
    var envelope =
        new BudgetEnvelope(
            "INDH 2026 — Hay Mohammadi",
            "Initiative nationale pour le développement humain",
            Money.mad("400000"),
            new DateRange(today.minusDays(200), today.plusDays(165)),
            Set.of(trained.get(0).getApplication().getCall()),
            Set.of(),
            "admin",
            trainedOn.minus(Duration.ofDays(30)));
    em.persist(envelope);
    TranchePlan plan = TranchePlan.parse("40:TRAINING_ATTENDED,60:BUSINESS_LAUNCHED");
    String[][] asked = {
      {"20000", "Machine à coudre industrielle et surjeteuse"}, {"15000", "Établi et outillage"}
    };
    for (int i = 0; i < asked.length; i++) {
      Application application = trained.get(i).getApplication();
      Instant day = trainedOn.plus(Duration.ofDays(10L + i));
      businessPlan(application, day);
      Money amount = Money.mad(asked[i][0]);
      var request =
          GrantRequest.prepare(
              application,
              envelope,
              List.of(new GrantLine(UseCategory.EQUIPMENT, asked[i][1], amount)),
              "Formation terminée ; le plan d’affaires a été travaillé pendant le module.",
              plan,
              Money.mad("30000"),
              "mentor",
              day);
      request.submit("mentor", day.plus(Duration.ofDays(1)));
      if (i == 0) {
        request.approve(
            "reviewer",
            "Formation suivie, plan clair.",
            Money.mad("20000"),
            day.plus(Duration.ofDays(4)));
        request.commitTo(envelope);
      }
      em.persist(request);
    }
  }

  private void businessPlan(Application application, Instant when) {
    byte[] plan =
        ("%PDF-1.4\n% Plan d'affaires de " + application.getHolder().getFullName() + "\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    var document =
        new ApplicationDocument(
            application,
            DocumentKind.BUSINESS_PLAN,
            "plan-affaires.pdf",
            DocumentFormat.PDF,
            plan.length,
            sha256(plan),
            "mentor",
            when);
    em.persist(document);
    documents.write(document.getStorageKey(), plan);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
