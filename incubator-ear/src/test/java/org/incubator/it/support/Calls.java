package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.incubator.selection.CallDetails;
import org.incubator.selection.CallsForApplications;
import org.incubator.shared.CentreTime;

/**
 * Calls for applications for tests, opened by the administrator: valid details that each test
 * varies only in what it is about.
 */
@Stateless
@PermitAll
public class Calls {

  public static final String JNDI = "java:global/incubator/test-support/Calls";

  @EJB private AsAdmin asAdmin;

  @EJB(lookup = "java:global/incubator/incubator-ejb/CallsForApplications")
  private CallsForApplications calls;

  /**
   * A call for May 2027 in Casablanca: 50 places, people of 18 to 35, at most 1,000 MAD a month per
   * person in the household, a proof of skill asked for.
   */
  public static CallDetails details(String name) {
    var details = new CallDetails();
    details.setName(name);
    details.setOpensOn(LocalDate.of(2027, 5, 1));
    details.setClosesOn(LocalDate.of(2027, 5, 31));
    details.setPlaces(50);
    details.setProvinceCodes(List.of("CASABLANCA"));
    details.setMinAge(18);
    details.setMaxAge(35);
    details.setIncomeCeilingPerPerson(new BigDecimal("1000.00"));
    details.setSkillProofRequired(true);
    return details;
  }

  /** The same call, open from yesterday for a month: people can apply to it online today. */
  public static CallDetails openToday(String name) {
    var details = details(name);
    details.setOpensOn(CentreTime.today().minusDays(1));
    details.setClosesOn(CentreTime.today().plusDays(30));
    return details;
  }

  /** Opens {@link #details(String) the usual call} under this name; returns its id. */
  public Long open(String name) throws Exception {
    return open(details(name));
  }

  public Long open(CallDetails details) throws Exception {
    return asAdmin.call(() -> calls.open(details));
  }
}
