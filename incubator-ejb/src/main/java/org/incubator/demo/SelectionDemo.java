package org.incubator.demo;

import static org.incubator.demo.IdentityDemo.LOADER;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.incubator.applicant.ProjectHolder;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeDecision;
import org.incubator.selection.CommitteeProposal;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.EligibilityRules;
import org.incubator.shared.DateRange;
import org.incubator.shared.Money;
import org.incubator.shared.Province;

/**
 * The demo call with two cohorts and an application from every holder, assessed against its rules
 * and half of the eligible ones marked; and one admission proposed at the committee that waits for
 * a second member.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SelectionDemo {

  @PersistenceContext private EntityManager em;

  /**
   * An open call over the demo provinces with two cohorts, a budget envelope funding it, and an
   * application from every holder; half of the eligible ones are marked, so the ranking has
   * something to show. The demo entrepreneur's application is left eligible and unmarked: the
   * journey is there to be walked.
   */
  public void openCallWithApplications() {
    if (em.createQuery("SELECT COUNT(c) FROM CallForApplications c", Long.class).getSingleResult()
        > 0) {
      return;
    }
    LocalDate today = LocalDate.now();
    Set<Province> provinces = new HashSet<>();
    for (String code : ApplicantDemo.PROVINCES) {
      provinces.add(em.find(Province.class, code));
    }
    var call =
        new CallForApplications(
            "Appel 2027 — Casablanca-Settat",
            new DateRange(today.minusDays(30), today.plusDays(60)),
            40,
            provinces,
            new EligibilityRules(18, 35, Money.mad("600"), true),
            LOADER,
            Instant.now());
    em.persist(call);
    em.persist(
        new Cohort(call, "Cohorte A", new DateRange(today.plusDays(75), today.plusDays(165)), 20));
    em.persist(
        new BudgetEnvelope(
            "INDH 2027",
            "Initiative nationale pour le développement humain",
            Money.mad("1000000"),
            new DateRange(today.minusDays(30), today.plusDays(365)),
            Set.of(call),
            Set.of(),
            LOADER,
            Instant.now()));
    em.persist(
        new Cohort(call, "Cohorte B", new DateRange(today.plusDays(180), today.plusDays(270)), 20));
    var random = new Random(2027);
    int marked = 0;
    for (ProjectHolder holder :
        em.createQuery("SELECT h FROM ProjectHolder h ORDER BY h.id", ProjectHolder.class)
            .getResultList()) {
      var application = Application.submittedOnPaper(holder, call, LOADER, Instant.now());
      boolean own = holder.getAccount().isPresent();
      if (!own && application.getStatus() == ApplicationStatus.ELIGIBLE && marked++ % 2 == 0) {
        Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
          marks.put(criterion, 3 + random.nextInt(8));
        }
        application.score(marks, "mentor", Instant.now());
      }
      em.persist(application);
    }
  }

  /**
   * One more admission, proposed by Karim at the demo session: it waits for a second member present
   * (four eyes), so the application page shows a proposal to confirm.
   */
  public void admissionWaitingForASecondMember() {
    if (em.createQuery("SELECT COUNT(p) FROM CommitteeProposal p", Long.class).getSingleResult()
        > 0) {
      return;
    }
    List<CommitteeSession> sessions =
        em.createQuery("SELECT s FROM CommitteeSession s ORDER BY s.id", CommitteeSession.class)
            .setMaxResults(1)
            .getResultList();
    if (sessions.isEmpty()) {
      return;
    }
    CommitteeSession session = sessions.get(0);
    List<Application> marked =
        em.createQuery(
                "SELECT a FROM Application a WHERE a.call = :call AND a.status = :eligible AND"
                    + " a.total IS NOT NULL AND a.holder.account IS NULL ORDER BY a.total DESC,"
                    + " a.id",
                Application.class)
            .setParameter("call", session.getCall())
            .setParameter("eligible", ApplicationStatus.ELIGIBLE)
            .setMaxResults(1)
            .getResultList();
    List<Cohort> cohorts =
        em.createQuery("SELECT c FROM Cohort c WHERE c.call = :call ORDER BY c.name", Cohort.class)
            .setParameter("call", session.getCall())
            .getResultList();
    if (marked.isEmpty() || cohorts.isEmpty()) {
      return;
    }
    Application application = marked.get(0);
    Instant when = Instant.now().minus(Duration.ofDays(2));
    application.shortlist("mentor", when);
    em.persist(
        new CommitteeProposal(
            application, session, CommitteeDecision.ADMIT, cohorts.get(0), null, "mentor", when));
  }
}
