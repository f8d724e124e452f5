package org.incubator.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.PasswordHashing;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccount;
import org.incubator.shared.PhoneNumber;

/** The demo's sign-ins, one or more per role, all with the same password. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdentityDemo {

  public static final String PASSWORD = "Incubator-2026";
  static final String LOADER = "demo";
  static final String MENTOR = "mentor";
  static final String SECOND_MENTOR = "mentor2";
  static final String ADMIN = "admin";
  static final String ENTREPRENEUR = "entrepreneur";
  static final String ONLINE_APPLICANT = "amina";
  static final String DRAFTING_APPLICANT = "hajar";
  static final String TRAINEE = "rachid";

  /** Amina Saidi, of last year's trained cohort: her kit handed over, confirmed on her phone. */
  static final String EQUIPPED = "amina.saidi";

  /** username, role, display name. */
  static final List<String[]> USERS =
      List.of(
          new String[] {ADMIN, "ADMIN", "Samira Admin"},
          new String[] {MENTOR, "MENTOR", "Karim Bennani"},
          new String[] {SECOND_MENTOR, "MENTOR", "Nadia El Idrissi"},
          new String[] {ENTREPRENEUR, "ENTREPRENEUR", "Youssef Amrani"},
          new String[] {"reviewer", "REVIEWER", "Leila Tazi"},
          new String[] {"reviewer2", "REVIEWER", "Omar Kettani"},
          new String[] {ONLINE_APPLICANT, "ENTREPRENEUR", "Amina Ouazzani"},
          new String[] {DRAFTING_APPLICANT, "ENTREPRENEUR", "Hajar Ziani"},
          new String[] {TRAINEE, "ENTREPRENEUR", "Rachid Ait Lahcen"},
          new String[] {EQUIPPED, "ENTREPRENEUR", "Amina Saidi"});

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwords;

  /** Every demo account that does not exist yet. */
  public void accounts() {
    USERS.forEach(this::ensureUser);
  }

  /**
   * The demo's mentors can be reached: entrepreneurs see their lead mentor's phone and e-mail.
   * Given to a mentor who has none yet.
   */
  public void mentorsCanBeReached() {
    String[][] contacts = {
      {MENTOR, "0661 23 45 17", "karim.bennani@incubateur-hm.ma"},
      {SECOND_MENTOR, "0662 48 10 93", "nadia.elidrissi@incubateur-hm.ma"}
    };
    for (String[] contact : contacts) {
      em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
          .setParameter("u", contact[0])
          .getResultStream()
          .filter(u -> u.getPhone() == null && u.getEmail() == null)
          .forEach(
              u ->
                  u.describe(
                      u.getDisplayName(), u.getRole(), PhoneNumber.of(contact[1]), contact[2]));
    }
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
}
