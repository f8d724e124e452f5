package org.incubator.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.incubator.applicant.Disability;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.IdentityClaim;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.grant.BudgetEnvelope;
import org.incubator.grant.GrantLine;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.Milestone;
import org.incubator.grant.MilestoneConfirmation;
import org.incubator.grant.PaymentMethod;
import org.incubator.grant.TranchePlan;
import org.incubator.grant.UseCategory;
import org.incubator.identity.PasswordHashing;
import org.incubator.identity.Role;
import org.incubator.identity.SecondFactor;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeDecision;
import org.incubator.selection.CommitteeProposal;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.DocumentFormat;
import org.incubator.selection.DocumentKind;
import org.incubator.selection.DocumentStore;
import org.incubator.selection.EligibilityRules;
import org.incubator.shared.DateRange;
import org.incubator.shared.Money;
import org.incubator.shared.Province;

/**
 * Demo sign-ins and a register to look at, loaded only when the server is started with {@code
 * -Dincubator.demo-data=true} (the run command and the tests do). Never part of the migrations: a
 * production database gets no demo account. Loading twice changes nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  public static final String PASSWORD = "Incubator-2026";
  private static final String LOADER = "demo";
  private static final String ENTREPRENEUR = "entrepreneur";
  private static final String ONLINE_APPLICANT = "amina";

  /** username, role, display name. */
  private static final List<String[]> USERS =
      List.of(
          new String[] {"admin", "ADMIN", "Samira Admin"},
          new String[] {"mentor", "MENTOR", "Karim Bennani"},
          new String[] {"mentor2", "MENTOR", "Nadia El Idrissi"},
          new String[] {ENTREPRENEUR, "ENTREPRENEUR", "Youssef Amrani"},
          new String[] {"reviewer", "REVIEWER", "Leila Tazi"},
          new String[] {"reviewer2", "REVIEWER", "Omar Kettani"},
          new String[] {ONLINE_APPLICANT, "ENTREPRENEUR", "Amina Ouazzani"});

  private static final String[] FIRST_NAMES = {
    "Youssef", "Fatima Zahra", "Mohamed", "Khadija", "Omar", "Salma", "Hamza", "Meryem", "Ayoub",
        "Imane",
    "Mehdi", "Hajar", "Anas", "Zineb", "Ilyas", "Asmae", "Soufiane", "Oumaima", "Hicham", "Nora"
  };
  private static final String[] LAST_NAMES = {
    "Amrani", "Bennani", "Alaoui", "Idrissi", "Tazi", "Berrada", "Chraibi", "Fassi", "Lahlou",
        "Ouazzani",
    "Naciri", "Sebti", "Bouzid", "Haddad", "Kettani", "Ziani", "Mansouri", "Rami", "Squalli",
        "Filali"
  };
  private static final String[] PROVINCES = {
    "CASABLANCA",
    "MOHAMMEDIA",
    "NOUACEUR",
    "MEDIOUNA",
    "BERRECHID",
    "SETTAT",
    "EL-JADIDA",
    "BENSLIMANE"
  };
  private static final int HOLDERS = 60;

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwords;

  @Inject private DocumentStore documents;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!enabled()) {
      return;
    }
    USERS.forEach(this::ensureUser);
    if (em.createQuery("SELECT COUNT(h) FROM ProjectHolder h", Long.class).getSingleResult() == 0) {
      registerHolders();
    }
    if (em.createQuery("SELECT COUNT(c) FROM CallForApplications c", Long.class).getSingleResult()
        == 0) {
      openCallWithApplications();
    }
    if (em.createQuery("SELECT COUNT(r) FROM GrantRequest r", Long.class).getSingleResult() == 0) {
      grantsInEveryStage();
    }
    if (em.createQuery("SELECT COUNT(p) FROM CommitteeProposal p", Long.class).getSingleResult()
        == 0) {
      admissionWaitingForASecondMember();
    }
    if (em.createQuery("SELECT COUNT(c) FROM IdentityClaim c", Long.class).getSingleResult() == 0) {
      registeredOnlineIdentityToConfirm();
    }
    announce();
  }

  private static boolean enabled() {
    return Boolean.getBoolean("incubator.demo-data")
        || "true".equalsIgnoreCase(System.getenv("INCUBATOR_DEMO_DATA"));
  }

  private void ensureUser(String[] user) {
    boolean exists =
        em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :u", Long.class)
                .setParameter("u", user[0])
                .getSingleResult()
            > 0;
    if (!exists) {
      em.persist(
          new UserAccount(
              user[0],
              passwords.hash(PASSWORD.toCharArray()),
              Role.valueOf(user[1]),
              user[2],
              Instant.now()));
    }
  }

  /** A fixed seed: every demo database holds the same people. */
  private void registerHolders() {
    var random = new Random(2026);
    Trade[] trades = Trade.values();
    EducationLevel[] levels = EducationLevel.values();
    for (int i = 0; i < HOLDERS; i++) {
      var d = new ProjectHolderDetails();
      d.setFirstName(FIRST_NAMES[i % FIRST_NAMES.length]);
      d.setLastName(LAST_NAMES[(i * 7) % LAST_NAMES.length]);
      d.setGender(
          FIRST_NAMES[i % FIRST_NAMES.length].matches(
                  "Fatima Zahra|Khadija|Salma|Meryem|Imane|Hajar|Zineb|Asmae|Oumaima|Nora")
              ? Gender.FEMALE
              : Gender.MALE);
      d.setCin(String.format("BK%06d", 100000 + i * 137));
      d.setBirthDate(
          LocalDate.of(1991 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      d.setPhone(String.format("06%08d", 10000000 + random.nextInt(89999999)));
      d.setAddressLine((10 + i) + " Rue " + (1 + random.nextInt(40)));
      d.setCommune("Hay " + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
      d.setProvinceCode(PROVINCES[random.nextInt(PROVINCES.length)]);
      d.setHouseholdSize(2 + random.nextInt(8));
      d.setMonthlyIncome(BigDecimal.valueOf(800 + random.nextInt(30) * 100L));
      d.setEducation(levels[random.nextInt(levels.length)]);
      d.setSkills("");
      d.setExperienceYears(random.nextInt(8));
      d.setDisability(i % 11 == 0 ? Disability.MOTOR : Disability.NONE);
      Trade trade = trades[random.nextInt(trades.length)];
      d.setTrade(trade);
      d.setProjectTitle(
          trade.name().charAt(0)
              + trade.name().substring(1).toLowerCase().replace('_', ' ')
              + " — "
              + d.getCommune());
      d.setProjectDescription("");
      BigDecimal budget = BigDecimal.valueOf(15000 + random.nextInt(50) * 500L);
      d.setEstimatedBudget(budget);
      d.setOwnContribution(budget.multiply(new BigDecimal("0.10")));
      if (i == 0) {
        makeEligible(d);
      }
      Province province = em.find(Province.class, d.getProvinceCode());
      var holder = new ProjectHolder(d, province, LOADER, Instant.now());
      if (i == 0) {
        holder.linkAccount(ENTREPRENEUR, LOADER, Instant.now());
      }
      em.persist(holder);
    }
  }

  /**
   * A committee session of the demo call admitted six marked applicants into Cohorte A, and each
   * has a seed-grant request at another stage: waiting for a first reviewer, waiting for a second
   * (above the threshold), returned for changes, approved with its first tranche paid and the
   * second waiting for its milestone, rejected, and closed with its unpaid money back in the
   * envelope. The reviewer's inbox, the envelope's balances and the letters all have something to
   * show; the demo entrepreneur's own journey is left to walk.
   */
  private void grantsInEveryStage() {
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
            LocalDate.now().minusDays(40),
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
                  LocalDate.now().minusDays(20),
                  "L’atelier a ouvert.",
                  "mentor2",
                  decided.plus(Duration.ofDays(5))));
          request.pay(
              1,
              Set.of(Milestone.BUSINESS_LAUNCHED),
              LocalDate.now().minusDays(18),
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
   * One more admission, proposed by Karim at the demo session: it waits for a second member present
   * (four eyes), so the application page shows a proposal to confirm.
   */
  private void admissionWaitingForASecondMember() {
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

  /**
   * Amina registered her file online: her identity waits for a mentor to see her CIN card, so the
   * mentor's home has an identity to confirm and her own home says what to bring.
   */
  private void registeredOnlineIdentityToConfirm() {
    var d = new ProjectHolderDetails();
    d.setFirstName("Amina");
    d.setLastName("Ouazzani");
    d.setGender(Gender.FEMALE);
    d.setCin("BK200001");
    d.setBirthDate(LocalDate.now().minusYears(22));
    d.setPhone("0661234500");
    d.setAddressLine("4 Rue des Orangers");
    d.setCommune("Hay Mohammadi");
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(5);
    d.setMonthlyIncome(new BigDecimal("2500"));
    d.setEducation(EducationLevel.VOCATIONAL);
    d.setExperienceYears(2);
    d.setDisability(Disability.NONE);
    d.setTrade(Trade.values()[0]);
    d.setProjectTitle("Atelier de couture — Hay Mohammadi");
    d.setEstimatedBudget(new BigDecimal("20000"));
    d.setOwnContribution(new BigDecimal("2000"));
    Instant now = Instant.now();
    var holder = new ProjectHolder(d, em.find(Province.class, "CASABLANCA"), ONLINE_APPLICANT, now);
    holder.linkAccountToConfirm(ONLINE_APPLICANT, now);
    em.persist(holder);
    em.persist(new IdentityClaim(ONLINE_APPLICANT, holder, now));
  }

  /**
   * The demo entrepreneur (Youssef Amrani) qualifies for the demo call, so every step after
   * eligibility can be tried on him.
   */
  private static void makeEligible(ProjectHolderDetails d) {
    d.setBirthDate(LocalDate.now().minusYears(24));
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(6);
    d.setMonthlyIncome(new BigDecimal("3000"));
    d.setEducation(EducationLevel.VOCATIONAL);
  }

  /**
   * An open call over the demo provinces with two cohorts, a budget envelope funding it, and an
   * application from every holder; half of the eligible ones are marked, so the ranking has
   * something to show. The demo entrepreneur's application is left eligible and unmarked: the
   * journey is there to be walked.
   */
  private void openCallWithApplications() {
    LocalDate today = LocalDate.now();
    Set<Province> provinces = new HashSet<>();
    for (String code : PROVINCES) {
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

  private static void announce() {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    var text =
        new StringBuilder(
            "\n\n  Incubator is ready: http://localhost:"
                + port
                + "/incubator/\n  Demo sign-ins (password "
                + PASSWORD
                + "):\n");
    USERS.forEach(u -> text.append(String.format("    %-13s %s%n", u[0], u[1])));
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
