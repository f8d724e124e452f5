package org.incubator.demo;

import static org.incubator.demo.IdentityDemo.ENTREPRENEUR;
import static org.incubator.demo.IdentityDemo.LOADER;
import static org.incubator.demo.IdentityDemo.ONLINE_APPLICANT;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.incubator.applicant.Disability;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.IdentityClaim;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Province;

/**
 * The demo's register: sixty project holders of the Casablanca-Settat provinces, the first of them
 * the demo entrepreneur, and Amina, who registered her file online and waits for a mentor to
 * confirm who she is.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ApplicantDemo {

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

  /** The provinces of the demo call, where the demo's holders live. */
  static final String[] PROVINCES = {
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

  /** A fixed seed: every demo database holds the same people. */
  public void holders() {
    if (em.createQuery("SELECT COUNT(h) FROM ProjectHolder h", Long.class).getSingleResult() > 0) {
      return;
    }
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
   * The demo entrepreneur (Youssef Amrani) qualifies for the demo call, so every step after
   * eligibility can be tried on him.
   */
  private static void makeEligible(ProjectHolderDetails d) {
    d.setBirthDate(CentreTime.today().minusYears(24));
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(6);
    d.setMonthlyIncome(new BigDecimal("3000"));
    d.setEducation(EducationLevel.VOCATIONAL);
  }

  /**
   * Amina registered her file online: her identity waits for a mentor to see her CIN card, so the
   * mentor's home has an identity to confirm and her own home says what to bring.
   */
  public void registeredOnlineIdentityToConfirm() {
    if (em.createQuery("SELECT COUNT(c) FROM IdentityClaim c", Long.class).getSingleResult() > 0) {
      return;
    }
    var d = new ProjectHolderDetails();
    d.setFirstName("Amina");
    d.setLastName("Ouazzani");
    d.setGender(Gender.FEMALE);
    d.setCin("BK200001");
    d.setBirthDate(CentreTime.today().minusYears(22));
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
}
