package org.incubator.it.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.incubator.applicant.Trade;
import org.incubator.it.support.Holders;

/**
 * The register at national scale, written by set-based SQL (MariaDB's Sequence engine in {@code
 * INSERT … SELECT}) after the migrations and the demo data: holders, one application each to one
 * big call (marked, most in the ranked statuses), grant requests for three in ten (most submitted
 * to the foundation), budget envelopes, and the staff accounts the virtual users sign in with.
 * Values follow the entities' rules (CIN and phone formats, enums, the CHECK constraints), so every
 * page reads them as it reads data typed by people.
 */
final class BenchmarkData {

  /** What was written, for the scenarios and the report. */
  record Seeded(
      int holders,
      int applications,
      int grantRequests,
      int envelopes,
      long callId,
      String sampleCin,
      String sampleNamePrefix,
      Duration took,
      Training training) {}

  /**
   * The training at scale: cohorts of {@link #PEOPLE_PER_COHORT}, each with {@link
   * #SESSIONS_PER_COHORT} sessions held and every roll taken; a person of the first cohort signs in
   * as {@code bench-trainee-NN} to read their own training.
   */
  record Training(
      int cohorts,
      int people,
      int sessions,
      int marks,
      long sampleCohortId,
      int kitUnits,
      int custodyMoves,
      long sampleParticipantId,
      int coachingSessions,
      int actionItems) {}

  /**
   * Coaching at scale: the people are led by as many mentors as give each a caseload of {@link
   * #CASELOAD} whatever the size (the benchmark's signed-in mentors are the first of them), each
   * person met in {@link #SESSIONS_PER_PERSON} sessions a week apart, every session with {@link
   * #ACTIONS_PER_SESSION} actions, the latest still open.
   */
  static final int CASELOAD = 31;

  static int leadMentors(int people, int users) {
    return Math.max(users, (people + CASELOAD - 1) / CASELOAD);
  }

  static final int SESSIONS_PER_PERSON = 24;
  static final int ACTIONS_PER_SESSION = 2;

  static final int PEOPLE_PER_COHORT = 25;
  static final int SESSIONS_PER_COHORT = 40;
  private static final int COHORTS_PER_CALL = 100;

  static final String PASSWORD = "Incubator-2026";
  private static final int ENVELOPES = 20;
  private static final int COHORTS = 4;

  private static final List<String> FEMALE_LATIN =
      List.of(
          "Amina", "Fatima", "Khadija", "Salma", "Imane", "Hajar", "Sanae", "Nadia", "Meryem",
          "Zineb", "Houda", "Loubna");
  private static final List<String> MALE_LATIN =
      List.of(
          "Mohamed",
          "Youssef",
          "Hamza",
          "Omar",
          "Ayoub",
          "Mehdi",
          "Anas",
          "Karim",
          "Rachid",
          "Soufiane",
          "Ilyas",
          "Brahim");
  private static final List<String> FEMALE_ARABIC =
      List.of(
          "أمينة", "فاطمة", "خديجة", "سلمى", "إيمان", "هاجر", "سناء", "نادية", "مريم", "زينب",
          "هدى", "لبنى");
  private static final List<String> MALE_ARABIC =
      List.of(
          "محمد", "يوسف", "حمزة", "عمر", "أيوب", "مهدي", "أنس", "كريم", "رشيد", "سفيان", "إلياس",
          "إبراهيم");
  private static final List<String> LAST_LATIN =
      List.of(
          "Bennani",
          "Alaoui",
          "El Idrissi",
          "Tazi",
          "Berrada",
          "Chraibi",
          "El Amrani",
          "Benjelloun",
          "Ouazzani",
          "Fassi",
          "Lahlou",
          "Bouzid",
          "Amrani",
          "Naciri",
          "Kettani",
          "Sebti",
          "Belhaj",
          "Ait Ali",
          "Ouali",
          "Zerouali",
          "Hamdaoui",
          "Moussaoui",
          "Jabri",
          "El Khatib",
          "Rami",
          "Saidi",
          "Benali",
          "Cherkaoui",
          "Ziani");
  private static final List<String> LAST_ARABIC =
      List.of(
          "بناني",
          "العلوي",
          "الإدريسي",
          "التازي",
          "برادة",
          "الشرايبي",
          "العمراني",
          "بنجلون",
          "الوزاني",
          "الفاسي",
          "لحلو",
          "بوزيد",
          "الناصري",
          "الكتاني",
          "السبتي",
          "بلحاج",
          "أيت علي",
          "الزروالي",
          "الحمداوي",
          "الموساوي",
          "الجابري",
          "الخطيب",
          "السعيدي",
          "بنعلي",
          "الشرقاوي",
          "الزياني",
          "المنصوري",
          "الصقلي",
          "الودغيري");
  private static final List<String> TRADES =
      List.of(
          "AGRICULTURE",
          "LIVESTOCK",
          "FOOD_PROCESSING",
          "SEWING_TEXTILE",
          "HAIRDRESSING_BEAUTY",
          "CARPENTRY",
          "METALWORK",
          "ELECTRICITY",
          "PLUMBING",
          "AUTO_MECHANICS",
          "BUILDING",
          "RETAIL",
          "CATERING",
          "DIGITAL_SERVICES",
          "HANDICRAFTS");
  private static final List<String> TITLES =
      List.of(
          "Exploitation maraîchère",
          "Élevage ovin",
          "Coopérative de couscous",
          "Atelier de couture",
          "Salon de coiffure",
          "Menuiserie de quartier",
          "Ferronnerie d'art",
          "Installations" + " électriques",
          "Plomberie et sanitaire",
          "Garage de mécanique",
          "Petits travaux du bâtiment",
          "Épicerie" + " de proximité",
          "Snack et traiteur",
          "Cyber et services numériques",
          "Poterie et tapis");

  private BenchmarkData() {}

  /** The CIN of the {@code n}-th holder written (from 1): two letters, six digits, unique. */
  static String cinOf(int n) {
    return "Q" + (char) ('A' + n % 26) + String.format("%06d", n / 26);
  }

  static String username(String role, int n) {
    return String.format("bench-%s-%02d", role, n);
  }

  /**
   * Writes the data for {@code holders} people, and {@code users} accounts of each staff role
   * (mentor, reviewer, admin) with the demo password, copied from the demo accounts.
   */
  static Seeded seed(Connection connection, int holders, int users) throws SQLException {
    return seed(connection, holders, users, 0);
  }

  /** As {@link #seed(Connection, int, int)}, with {@code cohorts} cohorts trained as well. */
  static Seeded seed(Connection connection, int holders, int users, int cohorts)
      throws SQLException {
    long start = System.nanoTime();
    int applications = holders;
    try (Statement sql = connection.createStatement()) {
      requireSequenceEngine(sql);
      accounts(sql, users);

      long holderBase = next(sql, "project_holder") + 1000;
      sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_province");
      sql.execute(
          "CREATE TEMPORARY TABLE bench_province (n INT PRIMARY KEY, code VARCHAR(32) NOT NULL)");
      sql.execute(
          "INSERT INTO bench_province SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM"
              + " province");
      int provinces = count(sql, "SELECT COUNT(*) FROM bench_province");
      String female = "IF(s.seq % 3 = 0, " + elt("s.seq DIV 6 % 12", FEMALE_ARABIC) + ", ";
      String firstName =
          "IF(s.seq % 2 = 0, "
              + female
              + elt("s.seq DIV 6 % 12", FEMALE_LATIN)
              + "), IF(s.seq % 3 = 0, "
              + elt("s.seq DIV 6 % 12", MALE_ARABIC)
              + ", "
              + elt("s.seq DIV 6 % 12", MALE_LATIN)
              + "))";
      String lastName =
          "IF(s.seq % 3 = 0, "
              + elt("s.seq DIV 2 % 29", LAST_ARABIC)
              + ", "
              + elt("s.seq DIV 2 % 29", LAST_LATIN)
              + ")";
      String trade = "(s.seq * 7) % 15";
      sql.executeUpdate(
          "INSERT INTO project_holder (id, first_name, last_name, cin, birth_date, gender, phone,"
              + " address_line, province_code, household_size, household_monthly_income,"
              + " education, skills, experience_years, disability, project_title, project_trade,"
              + " project_estimated_budget, project_own_contribution, registered_at,"
              + " registered_by, updated_at, updated_by) SELECT "
              + holderBase
              + " + s.seq, "
              + firstName
              + ", "
              + lastName
              + ", CONCAT('Q', CHAR(65 + s.seq % 26 USING ascii), LPAD(s.seq DIV 26, 6, '0')),"
              + " DATE '1983-01-01' + INTERVAL ((s.seq * 37) % 9000) DAY, IF(s.seq % 2 = 0,"
              + " 'FEMALE', 'MALE'), CONCAT('+2126', LPAD((s.seq * 7919) % 100000000, 8, '0')),"
              + " CONCAT(1 + s.seq % 200, ' ', ELT(1 + s.seq % 4, 'Rue Ibn Battouta', 'Avenue"
              + " Hassan II', 'Derb Sidi Bouloukat', 'زنقة المسيرة')), p.code, 1 + s.seq % 8, 800"
              + " + (s.seq * 13) % 4000, ELT(1 + s.seq % 6, 'NONE', 'PRIMARY', 'MIDDLE_SCHOOL',"
              + " 'SECONDARY', 'VOCATIONAL', 'HIGHER'), IF(s.seq % 4 = 0, NULL, 'Savoir-faire"
              + " appris en atelier'), s.seq % 10, IF(s.seq % 25 = 0, ELT(1 + s.seq DIV 25 % 5,"
              + " 'MOTOR', 'VISUAL', 'HEARING', 'INTELLECTUAL', 'MENTAL'), 'NONE'), "
              + elt(trade, TITLES)
              + ", "
              + elt(trade, TRADES)
              + ", 10000 + (s.seq * 97) % 40000, ROUND((10000 + (s.seq * 97) % 40000) / 10, 2),"
              + " TIMESTAMPADD(MINUTE, s.seq * 3, '2025-06-01'), 'mentor', TIMESTAMPADD(MINUTE,"
              + " s.seq * 3, '2025-06-01'), 'mentor' FROM seq_1_to_"
              + holders
              + " s JOIN bench_province p ON p.n = (s.seq * 11) % "
              + provinces);

      int admitted = holders * 3 / 10;
      sql.executeUpdate(
          "INSERT INTO call_for_applications (name, opens_on, closes_on, places, min_age,"
              + " max_age, skill_proof_required, updated_at, updated_by) VALUES ('Appel national"
              + " — "
              + holders
              + " candidatures', '2025-06-01', '2025-12-31', "
              + Math.max(1, Math.min(10_000, admitted))
              + ", 18, 45, FALSE, NOW(6), 'admin')",
          Statement.RETURN_GENERATED_KEYS);
      long callId = generatedKey(sql);
      sql.executeUpdate(
          "INSERT INTO call_province (call_id, province_code) SELECT "
              + callId
              + ", code FROM"
              + " province");
      long cohortBase = next(sql, "cohort");
      int capacity = Math.max(1, (admitted + COHORTS - 1) / COHORTS);
      sql.executeUpdate(
          "INSERT INTO cohort (id, call_id, name, starts_on, ends_on, capacity) SELECT "
              + cohortBase
              + " + s.seq, "
              + callId
              + ", CONCAT('Promotion ', s.seq), '2026-01-05', '2026-06-30', "
              + capacity
              + " FROM seq_1_to_"
              + COHORTS
              + " s");

      long applicationBase = next(sql, "application") + 1000;
      String status =
          "ELT(1 + s.seq % 10, 'ADMITTED', 'ADMITTED', 'ADMITTED', 'WAITING', 'DECLINED',"
              + " 'SHORTLISTED', 'SHORTLISTED', 'ELIGIBLE', 'INELIGIBLE', 'SUBMITTED')";
      String marked = "s.seq % 10 <> 9";
      // a bulk load leaves the ranking to the triggers' rebuild: one count, not one per row
      sql.execute("SET @ranking_rebuilt_after_load = 1");
      try {
        sql.executeUpdate(
            "INSERT INTO application (id, holder_id, call_id, status, mark_vulnerability,"
                + " mark_skills, mark_viability, mark_interview, total_score, scored_by, scored_at,"
                + " cohort_id, "
                + Holders.COPIED_ONTO_APPLICATION
                + ") SELECT "
                + applicationBase
                + " + s.seq, "
                + holderBase
                + " + s.seq, "
                + callId
                + ", "
                + status
                + ", IF("
                + marked
                + ", (s.seq * 7) % 11, NULL), IF("
                + marked
                + ", (s.seq * 3) % 11, NULL), IF("
                + marked
                + ", (s.seq * 5) % 11, NULL), IF("
                + marked
                + ", (s.seq * 9) % 11, NULL), IF("
                + marked
                + ", ((s.seq * 7) % 11 * 30 + (s.seq * 3) % 11 * 20 + (s.seq * 5) % 11 * 30 +"
                + " (s.seq * 9) % 11 * 20) / 10, NULL), IF("
                + marked
                + ", 'mentor', NULL), IF("
                + marked
                + ", TIMESTAMPADD(MINUTE, s.seq, '2025-12-01'), NULL), IF(s.seq % 10 < 3, "
                + cohortBase
                + " + 1 + s.seq DIV 10 % "
                + COHORTS
                + ", NULL), "
                + Holders.COPIED_FROM_H
                + " FROM seq_1_to_"
                + applications
                + " s JOIN project_holder h ON h.id = "
                + holderBase
                + " + s.seq");
        sql.execute("CALL ranking_rebuild(" + callId + ")");
      } finally {
        sql.execute("SET @ranking_rebuilt_after_load = NULL");
      }
      sql.executeUpdate(
          // a cohort holds at least those it admitted (admissions are spread unevenly at small N)
          "UPDATE cohort c SET admitted = (SELECT COUNT(*) FROM application a WHERE a.cohort_id"
              + " = c.id), capacity = GREATEST(capacity, admitted) WHERE c.call_id = "
              + callId);
      // each admitted person's journey starts in training, as admission starts it (the lists
      // read participants, not the steps of their journeys)
      sql.executeUpdate(
          "INSERT INTO participant (application_id, cohort_id, holder_id, stage, stage_since)"
              + " SELECT a.id, a.cohort_id, a.holder_id, 'IN_TRAINING', NOW(6) FROM application a"
              + " WHERE a.status = 'ADMITTED' AND a.cohort_id IS NOT NULL AND a.call_id = "
              + callId);

      long envelopeBase = next(sql, "budget_envelope") + 100;
      sql.executeUpdate(
          "INSERT INTO budget_envelope (id, name, funding_source, amount, starts_on, ends_on,"
              + " created_by, created_at) SELECT "
              + envelopeBase
              + " + s.seq, CONCAT('Enveloppe nationale ', LPAD(s.seq, 2, '0'), ' — ', "
              + holders
              + "), ELT(1 + s.seq % 4, 'INDH', 'Fondation Mohammed V', 'Union européenne',"
              + " 'Banque mondiale'), 100000000, '2025-01-01', '2027-12-31', 'admin', NOW(6) FROM"
              + " seq_1_to_"
              + ENVELOPES
              + " s");
      sql.executeUpdate(
          "INSERT INTO envelope_call (envelope_id, call_id) SELECT "
              + envelopeBase
              + " + s.seq, "
              + callId
              + " FROM seq_1_to_"
              + ENVELOPES
              + " s");

      // One request per admitted person: most submitted to the foundation, the rest in the
      // other stages of a request.
      long requestBase = next(sql, "grant_request") + 1000;
      String requestStatus =
          "ELT(1 + s.seq DIV 10 % 20, 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED',"
              + " 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED',"
              + " 'SUBMITTED', 'SUBMITTED', 'DRAFT', 'DRAFT', 'APPROVED', 'APPROVED', 'APPROVED',"
              + " 'REJECTED', 'RETURNED', 'WITHDRAWN')";
      int requests =
          sql.executeUpdate(
              "INSERT INTO grant_request (id, application_id, envelope_id, revision, amount,"
                  + " justification, status, prepared_by, submitted_at) SELECT "
                  + requestBase
                  + " + s.seq, "
                  + applicationBase
                  + " + s.seq, "
                  + envelopeBase
                  + " + 1 + s.seq % "
                  + ENVELOPES
                  + ", 1, 5000 + (s.seq * 53) % 250 * 100, 'Matériel et fonds de roulement pour"
                  + " lancer l''activité', "
                  + requestStatus
                  + ", 'mentor', IF(s.seq DIV 10 % 20 IN (12, 13), NULL, TIMESTAMPADD(MINUTE,"
                  + " s.seq, '2026-01-10')) FROM seq_1_to_"
                  + applications
                  + " s WHERE s.seq % 10 < 3");
      String ours = " FROM grant_request r WHERE r.id > " + requestBase;
      String line =
          "INSERT INTO grant_line (request_id, position, category, description, amount) SELECT"
              + " r.id, ";
      sql.executeUpdate(line + "0, 'EQUIPMENT', 'Matériel', ROUND(r.amount * 0.7, 2)" + ours);
      sql.executeUpdate(
          line
              + "1, 'WORKING_CAPITAL', 'Fonds de roulement', r.amount - ROUND(r.amount * 0.7, 2)"
              + ours);
      String tranche =
          "INSERT INTO grant_tranche (request_id, `sequence`, share_percent, amount, milestone)"
              + " SELECT r.id, ";
      sql.executeUpdate(tranche + "1, 60, ROUND(r.amount * 0.6, 2), 'BUSINESS_LAUNCHED'" + ours);
      sql.executeUpdate(
          tranche + "2, 40, r.amount - ROUND(r.amount * 0.6, 2), 'EVALUATION_PASSED'" + ours);
      // MariaDB 11.4.5 refuses a multi-row INSERT … SELECT with a column list into a table with
      // triggers ("Column 'request_id' cannot be null"); every column in the table's order works.
      String event = "INSERT INTO grant_event SELECT NULL, r.id, ";
      sql.executeUpdate(
          event
              + "1, 'prepared', NULL, 'DRAFT', 'mentor', TIMESTAMPADD(DAY, -1,"
              + " COALESCE(r.submitted_at, '2026-01-10')), NULL, NULL, NULL"
              + ours);
      sql.executeUpdate(
          event
              + "2, 'submitted', 'DRAFT', 'SUBMITTED', 'mentor', r.submitted_at, NULL, NULL, NULL"
              + ours
              + " AND r.submitted_at IS NOT NULL");
      // Decided requests carry their approvals; one submitted request in three above the
      // two-reviewer threshold already has its first approval (by reviewer2).
      String approval =
          "INSERT INTO grant_approval (request_id, reviewer, approved_at) SELECT r.id, ";
      sql.executeUpdate(
          approval + "'reviewer', r.submitted_at" + ours + " AND r.status = 'APPROVED'");
      sql.executeUpdate(
          approval
              + "'reviewer2', r.submitted_at"
              + ours
              + " AND r.amount > 20000 AND (r.status = 'APPROVED' OR r.status = 'SUBMITTED' AND"
              + " r.id % 3 = 0)");
      sql.executeUpdate(
          "UPDATE grant_request r JOIN application a ON a.id = r.application_id JOIN"
              + " project_holder h ON h.id = a.holder_id SET r.decided_holder_name ="
              + " CONCAT(h.first_name, ' ', h.last_name), r.decided_holder_cin = h.cin WHERE r.id"
              + " > "
              + requestBase
              + " AND r.status IN ('APPROVED', 'REJECTED')");
      sql.executeUpdate(
          "UPDATE budget_envelope e JOIN (SELECT envelope_id, SUM(amount) AS total FROM"
              + " grant_request WHERE id > "
              + requestBase
              + " AND status = 'APPROVED' GROUP BY envelope_id) x ON x.envelope_id = e.id SET"
              + " e.committed = x.total");
      // A bulk load leaves the optimizer's statistics behind; a database that grew by use has
      // them.
      sql.execute(
          "ANALYZE TABLE project_holder, application, cohort, call_for_applications,"
              + " budget_envelope, grant_request, grant_approval, grant_conflict, grant_line,"
              + " grant_tranche, grant_event, user_account");
      sql.execute("DROP TEMPORARY TABLE bench_province");
      int sample = Math.max(1, holders / 2 + 1);
      String sampleName = LAST_LATIN.get(0);
      Training training =
          training(sql, holderBase, Math.min(cohorts, holders / PEOPLE_PER_COHORT), users);
      return new Seeded(
          holders,
          applications,
          requests,
          ENVELOPES,
          callId,
          cinOf(sample),
          sampleName.substring(0, 4),
          Duration.ofNanos(System.nanoTime() - start),
          training);
    }
  }

  /**
   * Calls of their own whose {@code cohorts} cohorts each admitted {@link #PEOPLE_PER_COHORT} of
   * the holders written before, follow the demo's first curriculum and held {@link
   * #SESSIONS_PER_COHORT} sessions of an hour and a half, every roll taken (most present, some
   * late, absent or excused). Ids are written, not read back, so no statement joins what it
   * inserts.
   */
  private static Training training(Statement sql, long holderBase, int cohorts, int users)
      throws SQLException {
    if (cohorts == 0) {
      return new Training(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    int people = cohorts * PEOPLE_PER_COHORT;
    int sessions = cohorts * SESSIONS_PER_COHORT;
    int marks = sessions * PEOPLE_PER_COHORT;
    // a call admits at most 10,000: the cohorts come from calls of COHORTS_PER_CALL each
    int calls = (cohorts + COHORTS_PER_CALL - 1) / COHORTS_PER_CALL;
    long callBase = next(sql, "call_for_applications");
    sql.executeUpdate(
        "INSERT INTO call_for_applications (id, name, opens_on, closes_on, places, min_age,"
            + " max_age, skill_proof_required, updated_at, updated_by) SELECT "
            + callBase
            + " + s.seq, CONCAT('Formation nationale ', s.seq, ' — ', "
            + cohorts
            + ", ' cohortes'), '2026-01-05', '2026-03-31', "
            + COHORTS_PER_CALL * PEOPLE_PER_COHORT
            + ", 18, 45, FALSE, NOW(6), 'admin' FROM seq_1_to_"
            + calls
            + " s");
    sql.executeUpdate(
        "INSERT INTO call_province (call_id, province_code) SELECT "
            + callBase
            + " + s.seq, p.code FROM seq_1_to_"
            + calls
            + " s JOIN province p");
    String callOfCohort = callBase + " + 1 + (s.seq - 1) DIV " + COHORTS_PER_CALL;
    long cohortBase = next(sql, "cohort");
    // every cohort started between 100 and 91 days ago: its 40 sessions, two days apart, are held
    sql.executeUpdate(
        "INSERT INTO cohort (id, call_id, name, starts_on, ends_on, capacity, admitted) SELECT "
            + cohortBase
            + " + s.seq, "
            + callOfCohort
            + ", CONCAT('Cohorte nationale ', LPAD(s.seq, 4, '0')), CURDATE() - INTERVAL (100 -"
            + " s.seq % 10) DAY, CURDATE() - INTERVAL (100 - s.seq % 10 - 90) DAY, "
            + PEOPLE_PER_COHORT
            + ", "
            + PEOPLE_PER_COHORT
            + " FROM seq_1_to_"
            + cohorts
            + " s");
    long applicationBase = next(sql, "application");
    sql.execute("SET @ranking_rebuilt_after_load = 1");
    try {
      sql.executeUpdate(
          "INSERT INTO application (id, holder_id, call_id, status, mark_vulnerability,"
              + " mark_skills, mark_viability, mark_interview, total_score, scored_by, scored_at,"
              + " cohort_id, "
              + Holders.COPIED_ONTO_APPLICATION
              + ") SELECT "
              + applicationBase
              + " + s.seq, "
              + holderBase
              + " + s.seq, "
              + callBase
              + " + 1 + (s.seq - 1) DIV "
              + COHORTS_PER_CALL * PEOPLE_PER_COHORT
              + ", 'ADMITTED', 8, 7, 8, 7, 75, 'mentor', NOW(6), "
              + cohortBase
              + " + 1 + (s.seq - 1) DIV "
              + PEOPLE_PER_COHORT
              + ", "
              + Holders.COPIED_FROM_H
              + " FROM seq_1_to_"
              + people
              + " s JOIN project_holder h ON h.id = "
              + holderBase
              + " + s.seq");
      for (int call = 1; call <= calls; call++) {
        sql.execute("CALL ranking_rebuild(" + (callBase + call) + ")");
      }
    } finally {
      sql.execute("SET @ranking_rebuilt_after_load = NULL");
    }
    long participantBase = next(sql, "participant");
    sql.executeUpdate(
        "INSERT INTO participant (id, application_id, cohort_id, holder_id, stage, stage_since)"
            + " SELECT "
            + participantBase
            + " + s.seq, "
            + applicationBase
            + " + s.seq, "
            + cohortBase
            + " + 1 + (s.seq - 1) DIV "
            + PEOPLE_PER_COHORT
            + ", "
            + holderBase
            + " + s.seq, 'IN_TRAINING', NOW(6) FROM seq_1_to_"
            + people
            + " s");
    sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_module");
    sql.execute(
        "CREATE TEMPORARY TABLE bench_module (n INT PRIMARY KEY, id BIGINT NOT NULL, curriculum"
            + " BIGINT NOT NULL)");
    sql.execute(
        "INSERT INTO bench_module SELECT ROW_NUMBER() OVER (ORDER BY m.position, m.id) - 1, m.id,"
            + " m.curriculum_id FROM training_module m WHERE m.curriculum_id = (SELECT MIN(v.id)"
            + " FROM curriculum_version v WHERE v.status = 'PUBLISHED')");
    int modules = count(sql, "SELECT COUNT(*) FROM bench_module");
    if (modules == 0) {
      throw new IllegalStateException(
          "The demo's curriculum is missing: is incubator.demo-data on?");
    }
    sql.executeUpdate(
        "INSERT INTO cohort_curriculum (cohort_id, curriculum_id, fixed_by, fixed_at) SELECT "
            + cohortBase
            + " + s.seq, (SELECT MIN(curriculum) FROM bench_module), 'mentor', NOW(6) FROM"
            + " seq_1_to_"
            + cohorts
            + " s");
    long sessionBase = next(sql, "training_session");
    // session j (from 0) is the k-th of cohort c: k = j % 40, c = j DIV 40
    sql.executeUpdate(
        "INSERT INTO training_session (id, cohort_id, module_id, day, starts_at, ends_at, place,"
            + " trainer, responsible, status) SELECT "
            + sessionBase
            + " + 1 + j, "
            + cohortBase
            + " + 1 + j DIV "
            + SESSIONS_PER_COHORT
            + ", m.id, c.starts_on + INTERVAL (j % "
            + SESSIONS_PER_COHORT
            + ") * 2 DAY, '09:00', '10:30', 'Centre de formation', CONCAT('bench-mentor-',"
            + " LPAD(1 + (j DIV "
            + SESSIONS_PER_COHORT
            + ") % "
            + users
            + ", 2, '0')), CONCAT('bench-mentor-', LPAD(1 + (j DIV "
            + SESSIONS_PER_COHORT
            + ") % "
            + users
            + ", 2, '0')), 'SCHEDULED' FROM (SELECT s.seq - 1 AS j FROM seq_1_to_"
            + sessions
            + " s) x JOIN bench_module m ON m.n = (j % "
            + SESSIONS_PER_COHORT
            + ") * "
            + modules
            + " DIV "
            + SESSIONS_PER_COHORT
            + " JOIN cohort c ON c.id = "
            + cohortBase
            + " + 1 + j DIV "
            + SESSIONS_PER_COHORT);
    // mark n (from 0) is person n % 25 of the cohort, at its session n DIV 25; 85 % present, 7 %
    // late, 5 % absent, 3 % excused, spread by a hash of n.
    String n = "(s.seq - 1)";
    String h = "(" + n + " * 7919 % 100)";
    String session = n + " DIV " + PEOPLE_PER_COHORT;
    String person =
        participantBase
            + " + 1 + ("
            + session
            + " DIV "
            + SESSIONS_PER_COHORT
            + ") * "
            + PEOPLE_PER_COHORT
            + " + "
            + n
            + " % "
            + PEOPLE_PER_COHORT;
    String values =
        sessionBase
            + " + 1 + "
            + session
            + ", "
            + person
            + ", CASE WHEN "
            + h
            + " < 85 THEN 'PRESENT' WHEN "
            + h
            + " < 92 THEN 'LATE' WHEN "
            + h
            + " < 97 THEN 'ABSENT' ELSE 'EXCUSED' END, IF("
            + h
            + " BETWEEN 85 AND 91, 5 + "
            + n
            + " % 25, NULL), IF("
            + h
            + " >= 97, ELT(1 + "
            + n
            + " % 5, 'TRANSPORT', 'CHILDCARE', 'WORK', 'ILLNESS', 'OTHER'), NULL),"
            + " 'bench-mentor-01', NOW(6)";
    for (String table : List.of("attendance", "attendance_change")) {
      boolean history = table.equals("attendance_change");
      sql.executeUpdate(
          "INSERT INTO "
              + table
              + " (session_id, participant_id, presence, minutes_late, absence_reason, marked_by,"
              + " marked_at"
              + (history ? ", tap" : "")
              + ") SELECT "
              + values
              + (history ? ", CONCAT('bench-', " + n + ")" : "")
              + " FROM seq_1_to_"
              + marks
              + " s");
    }
    sql.execute("DROP TEMPORARY TABLE bench_module");
    // the first cohort's people read their own training, one account each
    int trainees = Math.min(users, PEOPLE_PER_COHORT);
    sql.executeUpdate(
        "INSERT INTO user_account (username, password_hash, role, display_name, enabled,"
            + " created_at) SELECT CONCAT('bench-trainee-', LPAD(s.seq, 2, '0')),"
            + " a.password_hash, 'ENTREPRENEUR', CONCAT('Benchmark trainee ', s.seq), TRUE, NOW(6)"
            + " FROM seq_1_to_"
            + trainees
            + " s JOIN user_account a ON a.username = 'rachid'");
    sql.executeUpdate(
        "UPDATE project_holder SET account = CONCAT('bench-trainee-', LPAD(id - "
            + holderBase
            + ", 2, '0')), account_confirmed = TRUE WHERE id BETWEEN "
            + (holderBase + 1)
            + " AND "
            + (holderBase + trainees));
    sql.execute(
        "ANALYZE TABLE cohort, participant, training_session, attendance, attendance_change,"
            + " cohort_curriculum");
    int units = kits(sql, participantBase, holderBase, people);
    int coached = coaching(sql, participantBase, people, users);
    return new Training(
        cohorts,
        people,
        sessions,
        marks,
        cohortBase + 1,
        units,
        units * 2,
        participantBase + 1,
        coached,
        coached * ACTIONS_PER_SESSION);
  }

  /**
   * Person p (from 0) is led by mentor p % {@link #leadMentors}: the benchmark's own mentors
   * (bench-mentor-01 …) first, then mentors who never sign in here. Session n (from 0) is person n
   * % people's (n DIV people)-th, a week before the one after; its actions are due a week later,
   * open for the person's latest session, done before.
   */
  private static int coaching(Statement sql, long participantBase, int people, int users)
      throws SQLException {
    int mentors = leadMentors(people, users);
    String lead =
        "IF(%1$s %% "
            + mentors
            + " < "
            + users
            + ", CONCAT('bench-mentor-', LPAD(1 + %1$s %% "
            + mentors
            + ", 2, '0')), CONCAT('bench-coach-', %1$s %% "
            + mentors
            + "))";
    sql.executeUpdate(
        "INSERT INTO mentorship (participant_id, lead_mentor, lead_since) SELECT "
            + participantBase
            + " + s.seq, "
            + String.format(lead, "(s.seq - 1)")
            + ", NOW(6) - INTERVAL 200 DAY FROM seq_1_to_"
            + people
            + " s");
    int sessions = people * SESSIONS_PER_PERSON;
    long sessionBase = next(sql, "coaching_session");
    String n = "(s.seq - 1)";
    String person = n + " % " + people;
    String week = n + " DIV " + people;
    sql.executeUpdate(
        "INSERT INTO coaching_session (id, participant_id, mentor, kind, day, starts_at, place,"
            + " status, minutes, topics, planned_by, planned_at, recorded_by, recorded_at)"
            + " SELECT "
            + sessionBase
            + " + s.seq, "
            + participantBase
            + " + 1 + "
            + person
            + ", "
            + String.format(lead, person)
            + ", "
            + elt(
                n + " % 5",
                List.of("FOLLOW_UP", "CONSULTING", "COACHING", "EVALUATION_VISIT", "FOLLOW_UP"))
            + ", CURDATE() - INTERVAL (2 + 7 * ("
            + (SESSIONS_PER_PERSON - 1)
            + " - "
            + week
            + ")) DAY, '10:00', 'AT_BUSINESS', IF("
            + n
            + " % 17 = 5, 'NO_SHOW', 'HELD'), IF("
            + n
            + " % 17 = 5, NULL, 45), IF("
            + n
            + " % 17 = 5, NULL, 'Suivi du mois'), 'bench-mentor-01', NOW(6),"
            + " 'bench-mentor-01', NOW(6) FROM seq_1_to_"
            + sessions
            + " s");
    String session = "(s.seq - 1) DIV " + ACTIONS_PER_SESSION;
    sql.executeUpdate(
        "INSERT INTO action_item (participant_id, session_id, what, owner, due_on, status,"
            + " closed_by, closed_at, agreed_by, agreed_at) SELECT c.participant_id, c.id,"
            + " IF(s.seq % 2 = 0, 'Relancer les clients', 'Tenir le cahier de caisse'), IF(s.seq %"
            + " 2 = 0, 'ENTREPRENEUR', 'MENTOR'), c.day + INTERVAL IF(s.seq % 2 = 0, 1, 7) DAY,"
            + " IF(c.day >= CURDATE() -"
            + " INTERVAL 2 DAY, 'OPEN', 'DONE'), IF(c.day >= CURDATE() - INTERVAL 2 DAY, NULL,"
            + " c.mentor), IF(c.day >= CURDATE() - INTERVAL 2 DAY, NULL, NOW(6)), c.mentor, NOW(6)"
            + " FROM seq_1_to_"
            + sessions * ACTIONS_PER_SESSION
            + " s JOIN coaching_session c ON c.id = "
            + sessionBase
            + " + 1 + "
            + session);
    sql.execute("ANALYZE TABLE mentorship, coaching_session, action_item");
    return sessions;
  }

  /** Serial-numbered units of each of the two machines of the benchmark's kit, per person. */
  private static final int UNITS_PER_PERSON_AND_MACHINE = 2;

  /**
   * The starter kits at scale: every trade's kit is the same two serial-numbered machines and a
   * consumable; every person trained received theirs (a hand-over confirmed on their phone), and as
   * many machines again wait on the shelves: {@code 4 × people} units, each with its custody moves
   * (received; then handed over and on loan, for half of them). Returns the units written.
   */
  private static int kits(Statement sql, long participantBase, long holderBase, int people)
      throws SQLException {
    int perMachine = UNITS_PER_PERSON_AND_MACHINE * people;
    int units = 2 * perMachine;
    long supplier = next(sql, "kit_supplier") + 1;
    sql.executeUpdate(
        "INSERT INTO kit_supplier (id, name) VALUES (" + supplier + ", 'Fournisseur national')");
    long article = next(sql, "kit_article");
    sql.executeUpdate(
        "INSERT INTO kit_article (id, name_ar, name_fr, name_en, tracking, received,"
            + " received_value, handed_over) VALUES ("
            + (article + 1)
            + ", 'آلة أولى', 'Machine principale', 'Main machine', 'SERIAL', "
            + perMachine
            + ", "
            + perMachine * 3000L
            + ", "
            + people
            + "), ("
            + (article + 2)
            + ", 'آلة ثانية', 'Machine d''appoint', 'Second machine', 'SERIAL', "
            + perMachine
            + ", "
            + perMachine * 1200L
            + ", "
            + people
            + "), ("
            + (article + 3)
            + ", 'مستهلكات', 'Consommables', 'Consumables', 'COUNTED', "
            + 3 * people
            + ", "
            + 3 * people * 150L
            + ", "
            + 2 * people
            + ")");
    long template = next(sql, "kit_template");
    Trade[] trades = Trade.values();
    sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_kit");
    sql.execute("CREATE TEMPORARY TABLE bench_kit (trade VARCHAR(30) PRIMARY KEY, id BIGINT)");
    for (int i = 0; i < trades.length; i++) {
      long id = template + 1 + i;
      sql.executeUpdate(
          "INSERT INTO kit_template (id, trade, number, status, published_by, published_at)"
              + " VALUES ("
              + id
              + ", '"
              + trades[i].name()
              + "', 1000, 'PUBLISHED', 'admin', NOW(6) - INTERVAL 90 DAY)");
      sql.executeUpdate("INSERT INTO bench_kit VALUES ('" + trades[i].name() + "', " + id + ")");
      sql.executeUpdate(
          "INSERT INTO kit_template_line (template_id, article_id, quantity, unit_cost) VALUES ("
              + id
              + ", "
              + (article + 1)
              + ", 1, 3000), ("
              + id
              + ", "
              + (article + 2)
              + ", 1, 1200), ("
              + id
              + ", "
              + (article + 3)
              + ", 2, 150)");
    }
    long delivery = next(sql, "kit_delivery") + 1;
    sql.executeUpdate(
        "INSERT INTO kit_delivery (id, supplier_id, received_on, note_number, recorded_by,"
            + " recorded_at) VALUES ("
            + delivery
            + ", "
            + supplier
            + ", CURDATE() - INTERVAL 95 DAY, 'BL-NAT-0001', 'admin', NOW(6) - INTERVAL 95 DAY)");
    sql.executeUpdate(
        "INSERT INTO kit_delivery_line (delivery_id, article_id, quantity, unit_cost) VALUES ("
            + delivery
            + ", "
            + (article + 1)
            + ", "
            + perMachine
            + ", 3000), ("
            + delivery
            + ", "
            + (article + 2)
            + ", "
            + perMachine
            + ", 1200), ("
            + delivery
            + ", "
            + (article + 3)
            + ", "
            + 3 * people
            + ", 150)");
    // unit u (from 0) is the k-th of machine m: m = u DIV perMachine, k = u % perMachine; the
    // first `people` of each machine went to person k
    long unit = next(sql, "kit_unit");
    String k = "((s.seq - 1) % " + perMachine + ")";
    sql.executeUpdate(
        "INSERT INTO kit_unit (id, article_id, serial, delivery_id, status, participant_id)"
            + " SELECT "
            + unit
            + " + s.seq, "
            + article
            + " + 1 + (s.seq - 1) DIV "
            + perMachine
            + ", CONCAT('NAT-', LPAD(s.seq, 7, '0')), "
            + delivery
            + ", IF("
            + k
            + " < "
            + people
            + ", 'ON_LOAN', 'IN_STOCK'), IF("
            + k
            + " < "
            + people
            + ", "
            + participantBase
            + " + 1 + "
            + k
            + ", NULL) FROM seq_1_to_"
            + units
            + " s");
    long allocation = next(sql, "kit_allocation");
    sql.executeUpdate(
        "INSERT INTO kit_allocation (id, participant_id, template_id, status, admitted_at,"
            + " allocated_by, allocated_at, served_at) SELECT "
            + allocation
            + " + s.seq, "
            + participantBase
            + " + s.seq, k.id, 'HANDED_OVER', NOW(6) - INTERVAL 100 DAY, 'bench-mentor-01',"
            + " NOW(6) - INTERVAL 20 DAY, NOW(6) - INTERVAL 20 DAY FROM seq_1_to_"
            + people
            + " s JOIN project_holder h ON h.id = "
            + holderBase
            + " + s.seq JOIN bench_kit k ON k.trade = h.project_trade");
    sql.executeUpdate(
        "INSERT INTO kit_allocation_line (allocation_id, article_id, quantity, unit_cost) SELECT"
            + " a.id, l.article_id, l.quantity, l.unit_cost FROM kit_allocation a JOIN"
            + " kit_template_line l ON l.template_id = a.template_id WHERE a.id > "
            + allocation);
    long handover = next(sql, "kit_handover");
    sql.executeUpdate(
        "INSERT INTO kit_handover (id, allocation_id, participant_id, handed_by, handed_on, place,"
            + " status, confirmation, confirmed_by, confirmed_at, recorded_at) SELECT "
            + handover
            + " + s.seq, "
            + allocation
            + " + s.seq, "
            + participantBase
            + " + s.seq, 'bench-mentor-01', CURDATE() - INTERVAL 10 DAY, 'Centre de formation',"
            + " 'CONFIRMED', 'CONFIRMED_ON_PHONE', 'bench', NOW(6) - INTERVAL 10 DAY, NOW(6) -"
            + " INTERVAL 10 DAY FROM seq_1_to_"
            + people
            + " s");
    sql.executeUpdate(
        "INSERT INTO kit_handover_unit (handover_id, unit_id) SELECT "
            + handover
            + " + u.participant_id - "
            + participantBase
            + ", u.id FROM kit_unit u WHERE u.id > "
            + unit
            + " AND u.participant_id IS NOT NULL");
    sql.executeUpdate(
        "INSERT INTO custody_move (unit_id, participant_id, from_status, to_status, done_by,"
            + " done_at) SELECT u.id, NULL, NULL, 'IN_STOCK', 'admin', NOW(6) - INTERVAL 95 DAY"
            + " FROM kit_unit u WHERE u.id > "
            + unit);
    for (String[] move :
        new String[][] {{"IN_STOCK", "HANDING_OVER"}, {"HANDING_OVER", "ON_LOAN"}}) {
      sql.executeUpdate(
          "INSERT INTO custody_move (unit_id, participant_id, from_status, to_status, done_by,"
              + " done_at) SELECT u.id, u.participant_id, '"
              + move[0]
              + "', '"
              + move[1]
              + "', 'bench-mentor-01', NOW(6) - INTERVAL 10 DAY FROM kit_unit u WHERE u.id > "
              + unit
              + " AND u.participant_id IS NOT NULL");
    }
    sql.execute("DROP TEMPORARY TABLE bench_kit");
    sql.execute(
        "ANALYZE TABLE kit_article, kit_template, kit_unit, kit_allocation, kit_allocation_line,"
            + " kit_handover, kit_handover_unit, custody_move");
    return units;
  }

  private static void accounts(Statement sql, int users) throws SQLException {
    for (String role : List.of("mentor", "reviewer", "admin")) {
      int copied =
          sql.executeUpdate(
              "INSERT INTO user_account (username, password_hash, role, display_name, enabled,"
                  + " created_at) SELECT CONCAT('bench-"
                  + role
                  + "-', LPAD(s.seq, 2, '0')), a.password_hash, a.role, CONCAT('Benchmark "
                  + role
                  + " ', s.seq), TRUE, NOW(6) FROM seq_1_to_"
                  + users
                  + " s JOIN user_account a ON a.username = '"
                  + role
                  + "'");
      if (copied != users) {
        throw new IllegalStateException(
            "The demo account '" + role + "' is missing: is incubator.demo-data on?");
      }
    }
  }

  private static void requireSequenceEngine(Statement sql) throws SQLException {
    try {
      count(sql, "SELECT COUNT(*) FROM seq_1_to_3");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MariaDB's Sequence engine is missing: the bulk data needs seq_1_to_N", e);
    }
  }

  private static String elt(String index, List<String> values) {
    return "ELT(1 + "
        + index
        + ", "
        + values.stream()
            .map(v -> "'" + v.replace("'", "''") + "'")
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static long next(Statement sql, String table) throws SQLException {
    try (var rows = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static int count(Statement sql, String query) throws SQLException {
    try (var rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static long generatedKey(Statement sql) throws SQLException {
    try (var keys = sql.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
