package org.incubator.demo;

import static org.incubator.demo.IdentityDemo.ADMIN;
import static org.incubator.demo.IdentityDemo.DRAFTING_APPLICANT;
import static org.incubator.demo.IdentityDemo.ENTREPRENEUR;
import static org.incubator.demo.IdentityDemo.LOADER;
import static org.incubator.demo.IdentityDemo.MENTOR;
import static org.incubator.demo.IdentityDemo.ONLINE_APPLICANT;
import static org.incubator.demo.IdentityDemo.SECOND_MENTOR;

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
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDraft;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeDecision;
import org.incubator.selection.CommitteeProposal;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.EligibilityRules;
import org.incubator.shared.CentreTime;
import org.incubator.shared.DateRange;
import org.incubator.shared.Money;
import org.incubator.shared.Province;

/**
 * The demo call and its applications, so that every status of an application is there to look at:
 * assessed eligible or not, marked, before the committee, admitted, on the waiting list, declined,
 * withdrawn, and a place freed for the first on the waiting list. An application rests neither in
 * {@code DRAFT} nor in {@code SUBMITTED} (it is assessed as it is sent): Amina's history shows the
 * draft she began with, and Hajar's form is a draft kept until she sends it. Every move goes
 * through the entities, so each history is one the application could have lived.
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
    LocalDate today = CentreTime.today();
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
            application,
            session,
            CommitteeDecision.ADMIT,
            cohorts.get(0),
            null,
            SECOND_MENTOR,
            MENTOR,
            when));
  }

  /**
   * Amina sent her application to the demo call from her phone, the draft she had started two days
   * before: its history shows the draft, the sending and the assessment.
   */
  public void appliedOnline() {
    Optional<CallForApplications> call = demoCall();
    List<ProjectHolder> amina =
        em.createQuery("SELECT h FROM ProjectHolder h WHERE h.account = :me", ProjectHolder.class)
            .setParameter("me", ONLINE_APPLICANT)
            .getResultList();
    if (call.isEmpty() || amina.isEmpty() || applied(amina.get(0))) {
      return;
    }
    ProjectHolder holder = amina.get(0);
    Instant sent = holder.getRegisteredAt();
    em.persist(
        Application.submittedOnline(
            holder, call.get(), sent.minus(Duration.ofDays(2)), ONLINE_APPLICANT, sent));
  }

  private boolean applied(ProjectHolder holder) {
    return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.holder = :h", Long.class)
            .setParameter("h", holder)
            .getSingleResult()
        > 0;
  }

  /**
   * Hajar opened an account and began her application to the demo call on her phone; half of the
   * form is typed and kept as a draft until she comes back to send it.
   */
  public void draftKept() {
    Optional<CallForApplications> call = demoCall();
    boolean kept =
        em.createQuery("SELECT COUNT(d) FROM ApplicationDraft d WHERE d.account = :me", Long.class)
                .setParameter("me", DRAFTING_APPLICANT)
                .getSingleResult()
            > 0;
    if (call.isEmpty() || kept) {
      return;
    }
    Instant started = Instant.now().minus(Duration.ofDays(1));
    var draft = new ApplicationDraft(DRAFTING_APPLICANT, call.get(), started);
    var typed = new ProjectHolderDetails();
    typed.setFirstName("Hajar");
    typed.setLastName("Ziani");
    typed.setPhone("0662345601");
    typed.setProvinceCode("MOHAMMEDIA");
    typed.setHouseholdSize(4);
    typed.setTrade(Trade.FOOD_PROCESSING);
    typed.setProjectTitle("Pâtisserie marocaine à domicile");
    draft.keep(typed, started.plus(Duration.ofHours(2)));
    em.persist(draft);
  }

  /**
   * A second session of the committee on the demo call, twelve days ago, with its minutes: after
   * the interviews Karim shortlisted six more applicants; at the session each decision was proposed
   * by Karim and confirmed by Nadia (four eyes): one admitted into Cohorte A, three on the waiting
   * list, two declined with the committee's reasons. Five days ago the admitted one withdrew, and
   * the place she freed went to the first on the waiting list.
   */
  public void waitingListDeclinedAndWithdrawn() {
    Optional<CallForApplications> found = demoCall();
    if (found.isEmpty() || everWaited(found.get())) {
      return;
    }
    CallForApplications call = found.get();
    List<Cohort> cohorts =
        em.createQuery("SELECT c FROM Cohort c WHERE c.call = :call ORDER BY c.name", Cohort.class)
            .setParameter("call", call)
            .getResultList();
    List<Application> chosen = undecided(call, 6);
    if (cohorts.isEmpty() || chosen.size() < 6) {
      return;
    }
    Cohort cohortA = cohorts.get(0);
    Instant now = Instant.now();
    Instant interviews = now.minus(Duration.ofDays(14));
    for (Application application : chosen) {
      if (application.getTotal().isEmpty()) {
        application.score(interviewMarks(application), MENTOR, interviews);
      }
      application.shortlist(MENTOR, interviews.plus(Duration.ofHours(1)));
    }
    Instant held = now.minus(Duration.ofDays(12));
    var session =
        new CommitteeSession(
            call,
            CentreTime.today().minusDays(12),
            Set.of(MENTOR, SECOND_MENTOR, ADMIN),
            "Deuxième séance. Six dossiers présentés par Karim Bennani après les entretiens : un"
                + " admis dans la Cohorte A, trois sur la liste d’attente dans l’ordre de leur"
                + " note, deux refusés. Chaque décision a été confirmée par Nadia El Idrissi.",
            MENTOR,
            held);
    em.persist(session);
    Application admitted = chosen.get(0);
    decide(admitted, session, CommitteeDecision.ADMIT, cohortA, null, held);
    for (Application waiting : chosen.subList(1, 4)) {
      decide(waiting, session, CommitteeDecision.WAIT, null, null, held);
    }
    decide(
        chosen.get(4),
        session,
        CommitteeDecision.DECLINE,
        null,
        "Le même commerce existe déjà trois fois dans la rue ; le projet peut être présenté de"
            + " nouveau avec une étude du quartier.",
        held);
    decide(
        chosen.get(5),
        session,
        CommitteeDecision.DECLINE,
        null,
        "L’équipement demandé dépasse de loin le plafond de la subvention et l’apport personnel.",
        held);
    em.flush();

    Instant withdrawn = now.minus(Duration.ofDays(5));
    admitted
        .withdraw(MENTOR, withdrawn, "A accepté un emploi salarié dans une usine de Mohammedia.")
        .ifPresent(
            freed -> firstWaiting(call).offerFreedPlace(freed, MENTOR, withdrawn.plusSeconds(60)));
  }

  /** A decision as the committee takes it: proposed by one member, confirmed by a second. */
  private void decide(
      Application application,
      CommitteeSession session,
      CommitteeDecision decision,
      Cohort cohort,
      String reason,
      Instant held) {
    Instant proposed = held.plus(Duration.ofMinutes(10));
    Instant confirmed = proposed.plus(Duration.ofMinutes(5));
    var proposal =
        new CommitteeProposal(application, session, decision, cohort, reason, MENTOR, proposed);
    em.persist(proposal);
    proposal.confirm(SECOND_MENTOR, confirmed);
    switch (decision) {
      case ADMIT -> application.admit(cohort, session, SECOND_MENTOR, confirmed);
      case WAIT -> application.putOnWaitingList(session, SECOND_MENTOR, confirmed);
      case DECLINE -> application.decline(reason, session, SECOND_MENTOR, confirmed);
    }
  }

  /**
   * Eligible applications nobody decided on yet, the best marked first: none of an online account
   * (their people walk their own journey), none waiting for a second member, and nobody who shares
   * the demo entrepreneur's name (he is the one to find before the committee).
   */
  private List<Application> undecided(CallForApplications call, int how) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.call = :call AND a.status = :eligible AND"
                + " a.holder.account IS NULL AND NOT EXISTS (SELECT p FROM CommitteeProposal p"
                + " WHERE p.application = a) AND NOT EXISTS (SELECT e FROM ProjectHolder e WHERE"
                + " e.account = :entrepreneur AND e.firstName = a.holder.firstName AND e.lastName"
                + " = a.holder.lastName) ORDER BY a.total DESC, a.id",
            Application.class)
        .setParameter("call", call)
        .setParameter("eligible", ApplicationStatus.ELIGIBLE)
        .setParameter("entrepreneur", ENTREPRENEUR)
        .setMaxResults(how)
        .getResultList();
  }

  /** The marks of an interview, the same for every demo applicant marked here. */
  private static Map<Criterion, Integer> interviewMarks(Application application) {
    Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      marks.put(criterion, 5 + (int) (application.getId() % 3));
    }
    return marks;
  }

  private boolean everWaited(CallForApplications call) {
    return em.createQuery(
                "SELECT COUNT(c) FROM StatusChange c WHERE c.application.call = :call AND c.to ="
                    + " :waiting",
                Long.class)
            .setParameter("call", call)
            .setParameter("waiting", ApplicationStatus.WAITING)
            .getSingleResult()
        > 0;
  }

  /** The head of the waiting list, as a freed place is offered: best total, earliest first. */
  private Application firstWaiting(CallForApplications call) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.call = :call AND a.status = :waiting ORDER BY"
                + " a.total DESC, a.id",
            Application.class)
        .setParameter("call", call)
        .setParameter("waiting", ApplicationStatus.WAITING)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The demo call: the first call of the demo database. */
  private Optional<CallForApplications> demoCall() {
    return em.createQuery(
            "SELECT c FROM CallForApplications c ORDER BY c.id", CallForApplications.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
