package org.incubator.demo;

import static org.incubator.demo.IdentityDemo.ADMIN;
import static org.incubator.demo.IdentityDemo.LOADER;
import static org.incubator.demo.IdentityDemo.MENTOR;
import static org.incubator.demo.IdentityDemo.SECOND_MENTOR;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.incubator.applicant.Disability;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.selection.Application;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.EligibilityRules;
import org.incubator.shared.CentreTime;
import org.incubator.shared.DateRange;
import org.incubator.shared.Province;
import org.incubator.training.AbsenceReason;
import org.incubator.training.AttendanceMark;
import org.incubator.training.CohortCurriculum;
import org.incubator.training.CurriculumStatus;
import org.incubator.training.CurriculumVersion;
import org.incubator.training.JourneyStart;
import org.incubator.training.ModuleDetails;
import org.incubator.training.Participant;
import org.incubator.training.Presence;
import org.incubator.training.SessionPlan;
import org.incubator.training.SessionStatus;
import org.incubator.training.TrainingCompletion;
import org.incubator.training.TrainingModule;
import org.incubator.training.TrainingSession;
import org.incubator.training.TrainingTrack;

/**
 * The demo's training: a curriculum published four months ago and its second version, published for
 * the cohorts that start from Cohorte A on; and last year's call, whose cohort of twelve is
 * half-way through its training: sessions held and to come, one cancelled, one moved, and one
 * person who dropped out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrainingDemo {

  static final String CALL = "Appel 2026 — Hay Mohammadi";
  static final String COHORT = "Cohorte 2026 — Hay Mohammadi";
  static final String TRAINED_CALL = "Appel 2025 — Hay Mohammadi";
  static final String TRAINED_COHORT = "Cohorte 2025 — Hay Mohammadi";
  private static final String PLACE = "Centre Hay Mohammadi, salle 2";
  private static final String OUTSIDE_TRAINER = "Laila Berrada (expert-comptable)";
  private static final ZoneId ZONE = CentreTime.ZONE;

  private static final String[][] PEOPLE = {
    {"Rachid", "Ait Lahcen", "MALE", "CARPENTRY"},
    {"Latifa", "Bouchaib", "FEMALE", "SEWING_TEXTILE"},
    {"Said", "Hamdaoui", "MALE", "AUTO_MECHANICS"},
    {"Naima", "El Khalfi", "FEMALE", "FOOD_PROCESSING"},
    {"Abdelali", "Moutaouakil", "MALE", "ELECTRICITY"},
    {"Sanaa", "Jabri", "FEMALE", "HAIRDRESSING_BEAUTY"},
    {"Yassine", "Ouchen", "MALE", "PLUMBING"},
    {"Btissam", "Rhazali", "FEMALE", "SEWING_TEXTILE"},
    {"Khalid", "Zerouali", "MALE", "CARPENTRY"},
    {"Hanane", "Lamrani", "FEMALE", "FOOD_PROCESSING"},
    {"Mustapha", "Belkadi", "MALE", "AUTO_MECHANICS"},
    {"Samira", "Touimi", "FEMALE", "HAIRDRESSING_BEAUTY"},
    {"Adil", "Benjelloun", "MALE", "RETAIL"},
    {"Loubna", "Aissaoui", "FEMALE", "CATERING"},
    {"Noureddine", "Skalli", "MALE", "METALWORK"},
    {"Ghizlane", "Tahiri", "FEMALE", "HANDICRAFTS"},
    {"Brahim", "Oukacha", "MALE", "BUILDING"},
    {"Wafae", "Kabbaj", "FEMALE", "DIGITAL_SERVICES"},
    {"Jamal", "Essafi", "MALE", "AUTO_MECHANICS"},
    {"Rajae", "Mouline", "FEMALE", "SEWING_TEXTILE"},
    {"Tarik", "Bennis", "MALE", "ELECTRICITY"},
    {"Hind", "Lazrak", "FEMALE", "FOOD_PROCESSING"},
    {"Othmane", "Cherkaoui", "MALE", "DIGITAL_SERVICES"},
    {"Kawtar", "Belhaj", "FEMALE", "RETAIL"},
    {"Mourad", "Zniber", "MALE", "PLUMBING"},
    {"Yousra", "Filali", "FEMALE", "CATERING"}
  };

  /** Last year's cohort, trained: eight people, one of whom missed the module on legal forms. */
  private static final String[][] TRAINED = {
    {"Amina", "Saidi", "FEMALE", "SEWING_TEXTILE"},
    {"Youssef", "Tazi", "MALE", "CARPENTRY"},
    {"Fatima Zahra", "Alaoui", "FEMALE", "CATERING"},
    {"Hamza", "Idrissi", "MALE", "ELECTRICITY"},
    {"Salma", "Berrada", "FEMALE", "HAIRDRESSING_BEAUTY"},
    {"Anas", "Chraibi", "MALE", "AUTO_MECHANICS"},
    {"Houda", "Naciri", "FEMALE", "FOOD_PROCESSING"},
    {"Zakaria", "Fassi", "MALE", "DIGITAL_SERVICES"}
  };

  @PersistenceContext private EntityManager em;

  @Inject private TrainingCompletion completion;

  @Inject private JourneyStart journeys;

  /**
   * The admitted of the earlier parts, written straight onto their records, start their journey.
   */
  public void journeysOfTheAdmitted() {
    journeys.startMissing();
  }

  /**
   * Rachid, of the cohort in training, signs in with his own account ("rachid") to follow his
   * training on his phone.
   */
  public void traineeFollowsHisTraining() {
    List<ProjectHolder> rachid =
        em.createQuery(
                "SELECT h FROM ProjectHolder h WHERE h.cin.value = :cin AND h.account IS NULL",
                ProjectHolder.class)
            .setParameter("cin", cinOf(0))
            .getResultList();
    rachid.forEach(h -> h.linkAccount(IdentityDemo.TRAINEE, LOADER, Instant.now()));
  }

  private static String cinOf(int i) {
    return String.format("BH%06d", 200000 + i * 211);
  }

  /**
   * Version 1 applies to every cohort that started before version 2; version 2 adds a module on
   * selling online, for Cohorte A onwards.
   */
  public void curriculum() {
    if (em.createQuery("SELECT COUNT(v) FROM CurriculumVersion v", Long.class).getSingleResult()
        > 0) {
      return;
    }
    Map<String, TrainingTrack> tracks = new HashMap<>();
    em.createQuery("SELECT t FROM TrainingTrack t", TrainingTrack.class)
        .getResultList()
        .forEach(t -> tracks.put(t.getCode(), t));
    LocalDate today = CentreTime.today();
    Instant written = Instant.now().minus(Duration.ofDays(130));
    var first = CurriculumVersion.first(ADMIN, written);
    module(
        first,
        tracks.get("ENTREPRENEURIAL"),
        "من الفكرة إلى مخطط الأعمال",
        "De l’idée au plan d’affaires",
        "From the idea to the business plan",
        12,
        80);
    module(
        first,
        tracks.get("ENTREPRENEURIAL"),
        "التسويق والبيع في الحي",
        "Marketing et vente dans le quartier",
        "Marketing and selling in the neighbourhood",
        9,
        80);
    module(
        first,
        tracks.get("MANAGERIAL"),
        "مسك الحسابات والصندوق",
        "Tenue de caisse et comptabilité simple",
        "Bookkeeping and cash",
        12,
        80);
    module(
        first,
        tracks.get("MANAGERIAL"),
        "الأسعار والتكاليف",
        "Prix et coûts",
        "Pricing and costs",
        6,
        80);
    module(
        first,
        tracks.get("MANAGERIAL"),
        "الأشكال القانونية والمقاول الذاتي والضرائب",
        "Formes juridiques, auto-entrepreneur et impôts",
        "Legal forms, the auto-entrepreneur status and taxes",
        6,
        100);
    module(
        first,
        tracks.get("PERSONAL"),
        "التواصل والتفاوض",
        "Communication et négociation",
        "Communication and negotiation",
        6,
        75);
    module(
        first,
        tracks.get("PERSONAL"),
        "تدبير الوقت والثقة بالنفس",
        "Gestion du temps et confiance en soi",
        "Time management and self-confidence",
        6,
        75);
    first.publish(
        today.minusDays(120),
        "Premier programme de formation du centre.",
        today.minusDays(125),
        ADMIN,
        written.plus(Duration.ofDays(5)));
    em.persist(first);
    em.flush();

    Instant revised = Instant.now().minus(Duration.ofDays(20));
    var second = first.nextDraft(ADMIN, revised);
    module(
        second,
        tracks.get("ENTREPRENEURIAL"),
        "البيع عبر الإنترنت والهاتف",
        "Vendre en ligne et par téléphone",
        "Selling online and by phone",
        6,
        80);
    second.publish(
        today.plusDays(60),
        "Ajout d’un module sur la vente en ligne, demandé par les mentors.",
        today.minusDays(20),
        ADMIN,
        revised.plus(Duration.ofDays(1)));
    em.persist(second);
  }

  private static void module(
      CurriculumVersion version,
      TrainingTrack track,
      String arabic,
      String french,
      String english,
      int hours,
      int threshold) {
    var details = new ModuleDetails();
    details.setTitleAr(arabic);
    details.setTitleFr(french);
    details.setTitleEn(english);
    details.setPlannedHours(hours);
    details.setThreshold(threshold);
    version.addModule(track, details);
  }

  /** Last year's call and its cohort, which started six weeks ago and is half-way. */
  public void cohortHalfWayThroughItsTraining() {
    if (!em.createQuery("SELECT c FROM CallForApplications c WHERE c.name = :name")
        .setParameter("name", CALL)
        .getResultList()
        .isEmpty()) {
      return;
    }
    List<CurriculumVersion> published =
        em.createQuery(
                "SELECT v FROM CurriculumVersion v WHERE v.status = :published ORDER BY v.number",
                CurriculumVersion.class)
            .setParameter("published", CurriculumStatus.PUBLISHED)
            .getResultList();
    if (published.isEmpty()) {
      return;
    }
    LocalDate today = CentreTime.today();
    Instant decided = Instant.now().minus(Duration.ofDays(60));
    Set<Province> provinces = new HashSet<>();
    for (String code : ApplicantDemo.PROVINCES) {
      provinces.add(em.find(Province.class, code));
    }
    var call =
        new CallForApplications(
            CALL,
            new DateRange(today.minusDays(150), today.minusDays(90)),
            PEOPLE.length,
            provinces,
            new EligibilityRules(18, 35, null, false),
            LOADER,
            decided.minus(Duration.ofDays(90)));
    em.persist(call);
    var cohort =
        new Cohort(
            call, COHORT, new DateRange(today.minusDays(45), today.plusDays(45)), PEOPLE.length);
    em.persist(cohort);
    var committee =
        new CommitteeSession(
            call,
            today.minusDays(60),
            Set.of(MENTOR, SECOND_MENTOR, ADMIN),
            "Vingt-six projets retenus pour la cohorte de Hay Mohammadi.",
            MENTOR,
            decided);
    em.persist(committee);
    List<Application> admitted = new ArrayList<>();
    for (int i = 0; i < PEOPLE.length; i++) {
      ProjectHolder holder = holder(i, em.find(Province.class, "CASABLANCA"), decided);
      em.persist(holder);
      Instant applied = decided.minus(Duration.ofDays(80 - i));
      var application = Application.submittedOnPaper(holder, call, LOADER, applied);
      Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
      for (Criterion criterion : Criterion.values()) {
        marks.put(criterion, 6 + (i + criterion.ordinal()) % 4);
      }
      application.score(marks, MENTOR, applied.plus(Duration.ofDays(20)));
      application.shortlist(MENTOR, applied.plus(Duration.ofDays(30)));
      application.admit(cohort, committee, SECOND_MENTOR, decided);
      em.persist(application);
      admitted.add(application);
    }
    em.flush();
    journeys.startMissing();
    em.flush();

    CurriculumVersion followed =
        CurriculumVersion.applicableTo(published, cohort.getPeriod().getStart()).orElseThrow();
    em.persist(new CohortCurriculum(cohort, followed, MENTOR, decided.plus(Duration.ofDays(10))));
    sessions(cohort, followed, today);

    Participant leaving =
        em.createQuery(
                "SELECT p FROM Participant p WHERE p.application = :application", Participant.class)
            .setParameter("application", admitted.get(PEOPLE.length - 2))
            .getSingleResult();
    leaving.dropOut(
        "A trouvé un emploi salarié dans une usine de Mohammedia ; ne peut plus suivre les"
            + " séances du matin.",
        MENTOR,
        Instant.now().minus(Duration.ofDays(12)));
    em.flush();
    attendance(cohort, admitted, today);
  }

  /**
   * The call before, whose cohort finished its training four months ago: every roll taken, seven
   * people trained (their certificates ready), and Hamza, absent from the module on legal forms,
   * who can no longer reach its threshold and stays in training.
   */
  public void cohortThatCompletedItsTraining() {
    if (!em.createQuery("SELECT c FROM CallForApplications c WHERE c.name = :name")
        .setParameter("name", TRAINED_CALL)
        .getResultList()
        .isEmpty()) {
      return;
    }
    List<CurriculumVersion> published =
        em.createQuery(
                "SELECT v FROM CurriculumVersion v WHERE v.status = :published ORDER BY v.number",
                CurriculumVersion.class)
            .setParameter("published", CurriculumStatus.PUBLISHED)
            .getResultList();
    if (published.isEmpty()) {
      return;
    }
    LocalDate today = CentreTime.today();
    LocalDate start = today.minusDays(220);
    Instant decided = start.minusDays(20).atStartOfDay(ZONE).toInstant();
    Set<Province> provinces = new HashSet<>();
    for (String code : ApplicantDemo.PROVINCES) {
      provinces.add(em.find(Province.class, code));
    }
    var call =
        new CallForApplications(
            TRAINED_CALL,
            new DateRange(start.minusDays(120), start.minusDays(60)),
            TRAINED.length,
            provinces,
            new EligibilityRules(18, 35, null, false),
            LOADER,
            decided.minus(Duration.ofDays(90)));
    em.persist(call);
    var cohort =
        new Cohort(call, TRAINED_COHORT, new DateRange(start, start.plusDays(90)), TRAINED.length);
    em.persist(cohort);
    var committee =
        new CommitteeSession(
            call,
            start.minusDays(20),
            Set.of(MENTOR, SECOND_MENTOR, ADMIN),
            "Huit projets retenus pour la première cohorte de Hay Mohammadi.",
            MENTOR,
            decided);
    em.persist(committee);
    List<Application> admitted = new ArrayList<>();
    for (int i = 0; i < TRAINED.length; i++) {
      String[] person = TRAINED[i];
      ProjectHolder holder =
          holder(
              String.format("BJ%06d", 100000 + i * 173),
              person,
              i,
              em.find(Province.class, "CASABLANCA"),
              decided);
      em.persist(holder);
      Instant applied = decided.minus(Duration.ofDays(60 - i));
      var application = Application.submittedOnPaper(holder, call, LOADER, applied);
      Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
      for (Criterion criterion : Criterion.values()) {
        marks.put(criterion, 6 + (i + criterion.ordinal()) % 4);
      }
      application.score(marks, MENTOR, applied.plus(Duration.ofDays(20)));
      application.shortlist(MENTOR, applied.plus(Duration.ofDays(30)));
      application.admit(cohort, committee, SECOND_MENTOR, decided);
      em.persist(application);
      admitted.add(application);
    }
    em.flush();
    journeys.startMissing();
    em.flush();
    CurriculumVersion followed =
        CurriculumVersion.applicableTo(published, start).orElse(published.get(0));
    em.persist(new CohortCurriculum(cohort, followed, MENTOR, decided.plus(Duration.ofDays(10))));
    List<TrainingSession> all = sessions(cohort, followed, today);
    em.flush();
    // in the order of TRAINED: the database's ids follow no order of the persists
    List<Participant> people = participantsOf(cohort, admitted);
    var random = new Random(2025);
    for (TrainingSession session : all) {
      Instant markedAt =
          session.getDay().atTime(session.getStartsAt()).plusMinutes(15).atZone(ZONE).toInstant();
      boolean legalForms = session.getModule().getTitles().english().startsWith("Legal forms");
      for (int i = 0; i < people.size(); i++) {
        AttendanceMark mark;
        if (i == 3 && legalForms) {
          mark = new AttendanceMark(Presence.EXCUSED, null, AbsenceReason.WORK);
        } else if (random.nextInt(100) < 6) {
          mark = new AttendanceMark(Presence.LATE, 5 + random.nextInt(20), null);
        } else {
          mark = AttendanceMark.present();
        }
        write(session, people.get(i), mark, markedAt);
      }
    }
    TrainingSession last = all.get(all.size() - 1);
    completion.settle(
        cohort,
        null,
        MENTOR,
        last.getDay().atTime(last.getEndsAt()).plusHours(2).atZone(ZONE).toInstant());
  }

  /**
   * The rolls of the sessions held, but the latest (its roll is still to take, and open): most
   * people present, some late; Said misses one session in three (under the threshold), Sanaa missed
   * the last two, Hanane was ill once and Mustapha without a bus once (excused), and the one who
   * dropped out stops being marked then.
   */
  private void attendance(Cohort cohort, List<Application> admitted, LocalDate today) {
    List<TrainingSession> held =
        em.createQuery(
                "SELECT s FROM TrainingSession s WHERE s.cohort = :cohort AND s.status = :scheduled"
                    + " AND s.day < :today ORDER BY s.day, s.startsAt",
                TrainingSession.class)
            .setParameter("cohort", cohort)
            .setParameter("scheduled", SessionStatus.SCHEDULED)
            .setParameter("today", today)
            .getResultList();
    List<Participant> people = participantsOf(cohort, admitted);
    var random = new Random(2026);
    List<TrainingSession> taken = held.subList(0, Math.max(0, held.size() - 1));
    for (int k = 0; k < taken.size(); k++) {
      TrainingSession session = taken.get(k);
      Instant markedAt =
          session.getDay().atTime(session.getStartsAt()).plusMinutes(20).atZone(ZONE).toInstant();
      boolean lastTwo = k >= taken.size() - 2;
      for (int i = 0; i < people.size(); i++) {
        Participant person = people.get(i);
        if (!person.getStage().isActive() && !markedAt.isBefore(person.getSince())) {
          continue;
        }
        AttendanceMark mark;
        if (i == 2 && k % 3 == 1) {
          mark = new AttendanceMark(Presence.ABSENT, null, null);
        } else if (i == 5 && lastTwo) {
          mark =
              k == taken.size() - 1
                  ? new AttendanceMark(Presence.EXCUSED, null, AbsenceReason.CHILDCARE)
                  : new AttendanceMark(Presence.ABSENT, null, null);
        } else if (i == 9 && k == 1) {
          mark = new AttendanceMark(Presence.EXCUSED, null, AbsenceReason.ILLNESS);
        } else if (i == 10 && k == taken.size() - 1) {
          mark = new AttendanceMark(Presence.EXCUSED, null, AbsenceReason.TRANSPORT);
        } else if (random.nextInt(100) < 8) {
          mark = new AttendanceMark(Presence.LATE, 5 + random.nextInt(25), null);
        } else {
          mark = AttendanceMark.present();
        }
        write(session, person, mark, markedAt);
      }
    }
  }

  /** The cohort's participants in the order of their applications in {@code admitted}. */
  private List<Participant> participantsOf(Cohort cohort, List<Application> admitted) {
    Map<Long, Participant> byApplication = new HashMap<>();
    em.createQuery("SELECT p FROM Participant p WHERE p.cohort = :cohort", Participant.class)
        .setParameter("cohort", cohort)
        .getResultList()
        .forEach(p -> byApplication.put(p.getApplication().getId(), p));
    return admitted.stream().map(a -> byApplication.get(a.getId())).toList();
  }

  private void write(
      TrainingSession session, Participant person, AttendanceMark mark, Instant markedAt) {
    for (String table : List.of("attendance", "attendance_change")) {
      boolean history = table.equals("attendance_change");
      var insert =
          em.createNativeQuery(
                  "INSERT INTO "
                      + table
                      + " (session_id, participant_id, presence, minutes_late, absence_reason,"
                      + " marked_by, marked_at"
                      + (history ? ", tap" : "")
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?"
                      + (history ? ", ?" : "")
                      + ")")
              .setParameter(1, session.getId())
              .setParameter(2, person.getId())
              .setParameter(3, mark.presence().name())
              .setParameter(4, mark.minutesLate())
              .setParameter(5, mark.reason() == null ? null : mark.reason().name())
              .setParameter(6, session.getResponsible())
              .setParameter(7, Timestamp.from(markedAt));
      if (history) {
        insert.setParameter(8, "demo-" + session.getId() + "-" + person.getId());
      }
      insert.executeUpdate();
    }
  }

  /**
   * Two mornings a week (Tuesday and Thursday, 9:00 to 12:00), module after module, from the
   * cohort's first week: about half held, half to come. Bookkeeping is taught by an outside
   * trainer, Nadia takes the personal skills, Karim the rest.
   */
  private List<TrainingSession> sessions(
      Cohort cohort, CurriculumVersion followed, LocalDate today) {
    LocalDate day = cohort.getPeriod().getStart();
    Instant planned = cohort.getPeriod().getStart().minusDays(10).atStartOfDay(ZONE).toInstant();
    List<TrainingSession> all = new ArrayList<>();
    for (TrainingModule module : followed.getModules()) {
      for (int hours = 0; hours < module.getPlannedHours(); hours += 3) {
        while (day.getDayOfWeek() != DayOfWeek.TUESDAY
            && day.getDayOfWeek() != DayOfWeek.THURSDAY) {
          day = day.plusDays(1);
        }
        if (!cohort.getPeriod().contains(day)) {
          return all;
        }
        var plan = new SessionPlan();
        plan.setDay(day);
        plan.setStartsAt(LocalTime.of(9, 0));
        plan.setEndsAt(LocalTime.of(12, 0));
        plan.setPlace(PLACE);
        String track = module.getTrack().getCode();
        if (module.getTitles().english().startsWith("Bookkeeping")) {
          plan.setOutsideTrainer(OUTSIDE_TRAINER);
          plan.setResponsible(MENTOR);
        } else {
          plan.setTrainer(track.equals("PERSONAL") ? SECOND_MENTOR : MENTOR);
        }
        var session = new TrainingSession(cohort, module, plan, MENTOR, planned);
        em.persist(session);
        all.add(session);
        day = day.plusDays(1);
      }
    }
    TrainingSession moved = nextAfter(all, today.plusDays(3));
    if (moved != null) {
      var plan = SessionPlan.of(moved);
      plan.setStartsAt(LocalTime.of(14, 0));
      plan.setEndsAt(LocalTime.of(17, 0));
      plan.setReason("La salle est prise le matin par la commune ; séance l’après-midi.");
      moved.reschedule(moved.getModule(), plan, MENTOR, Instant.now().minus(Duration.ofDays(2)));
    }
    TrainingSession cancelled = nextAfter(all, today.minusDays(20));
    if (cancelled != null) {
      cancelled.cancel(
          "Grève des bus : la plupart des participants ne pouvaient pas venir.",
          MENTOR,
          Instant.now().minus(Duration.ofDays(21)));
    }
    return all;
  }

  private static TrainingSession nextAfter(List<TrainingSession> sessions, LocalDate day) {
    return sessions.stream().filter(s -> s.getDay().isAfter(day)).findFirst().orElse(null);
  }

  private static ProjectHolder holder(int i, Province casablanca, Instant when) {
    return holder(cinOf(i), PEOPLE[i], i, casablanca, when);
  }

  private static ProjectHolder holder(
      String cin, String[] person, int i, Province casablanca, Instant when) {
    var d = new ProjectHolderDetails();
    d.setFirstName(person[0]);
    d.setLastName(person[1]);
    d.setGender(Gender.valueOf(person[2]));
    d.setCin(cin);
    d.setBirthDate(CentreTime.today().minusYears(22 + i % 10).minusDays(40L * i));
    d.setPhone(String.format("0661%06d", 300000 + i * 4721));
    d.setAddressLine((3 + i) + " Derb " + (10 + i));
    d.setCommune("Hay Mohammadi");
    d.setProvinceCode(casablanca.getCode());
    d.setHouseholdSize(4 + i % 5);
    d.setMonthlyIncome(BigDecimal.valueOf(1200 + i * 150L));
    d.setEducation(i % 3 == 0 ? EducationLevel.VOCATIONAL : EducationLevel.SECONDARY);
    d.setSkills("");
    d.setExperienceYears(1 + i % 5);
    d.setDisability(i == 4 ? Disability.MOTOR : Disability.NONE);
    d.setTrade(Trade.valueOf(person[3]));
    d.setProjectTitle(person[0] + " — atelier à Hay Mohammadi");
    d.setProjectDescription("");
    d.setEstimatedBudget(BigDecimal.valueOf(20000 + i * 1000L));
    d.setOwnContribution(BigDecimal.valueOf(2000 + i * 100L));
    return new ProjectHolder(d, casablanca, LOADER, when);
  }
}
