package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.selection.CallDetails;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.CallSummary;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.EligibilityRule;
import org.incubator.selection.RuleOutcome;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.shared.Province;
import org.incubator.shared.ReferenceData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls for applications and their eligibility rules, through the EJB, in WildFly on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CallsForApplicationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(CallsForApplicationsIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/CallsForApplications")
  CallsForApplications calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asEntrepreneur;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe persistence;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ReferenceData")
  ReferenceData referenceData;

  private static CallDetails casablanca2027(String name) {
    var details = Calls.details(name);
    details.setProvinceCodes(List.of("CASABLANCA", "MOHAMMEDIA"));
    return details;
  }

  @Test
  void theAdministratorOpensACallThatMentorsCanReadButNotChange() throws Exception {
    Long id = asAdmin.call(() -> calls.open(casablanca2027("Casablanca spring 2027")));

    CallForApplications call = asMentor.call(() -> calls.getCall(id));
    assertEquals("Casablanca spring 2027", call.getName());
    assertEquals(2, call.getProvinces().size());
    assertEquals(
        new BigDecimal("1000.00"),
        call.getRules().getIncomeCeilingPerPerson().orElseThrow().getAmount());

    assertThrows(
        EJBAccessException.class,
        () -> asMentor.call(() -> calls.open(casablanca2027("Not allowed"))));
    assertThrows(EJBAccessException.class, () -> asEntrepreneur.call(() -> calls.getCall(id)));
  }

  @Test
  void aMentorSeesRuleByRuleWhetherAHolderIsEligibleAndARuleChangeIsTakenIntoAccount()
      throws Exception {
    Long callId = asAdmin.call(() -> calls.open(casablanca2027("Eligibility 2027")));
    Long holderId =
        asMentor.call(() -> register.register(Holders.details("EL9001", "Hajar", "Eligible")));

    List<RuleOutcome> before = asMentor.call(() -> calls.assess(holderId, callId));
    assertEquals(
        List.of(true, true, true, true), before.stream().map(RuleOutcome::passed).toList());

    CallForApplications call = asAdmin.call(() -> calls.getCall(callId));
    CallDetails stricter = casablanca2027("Eligibility 2027");
    stricter.setIncomeCeilingPerPerson(new BigDecimal("400.00"));
    asAdmin.call(
        () -> {
          calls.revise(callId, call.getVersion(), stricter);
          return null;
        });

    RuleOutcome income =
        asMentor.call(() -> calls.assess(holderId, callId)).stream()
            .filter(o -> o.rule() == EligibilityRule.INCOME_PER_PERSON)
            .findFirst()
            .orElseThrow();
    assertFalse(income.passed());
    assertEquals(List.of("416.67", "400.00"), income.arguments());
  }

  @Test
  void aRevisionBasedOnAnOldVersionIsRefused() throws Exception {
    Long id = asAdmin.call(() -> calls.open(casablanca2027("Versioned call")));
    long version = asAdmin.call(() -> calls.getCall(id)).getVersion();
    CallDetails first = casablanca2027("Versioned call, first");
    CallDetails second = casablanca2027("Versioned call, second");

    asAdmin.call(
        () -> {
          calls.revise(id, version, first);
          return null;
        });
    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            asAdmin.call(
                () -> {
                  calls.revise(id, version, second);
                  return null;
                }));
    assertEquals("Versioned call, first", asMentor.call(() -> calls.getCall(id)).getName());
  }

  @Test
  void aCallThatClosesBeforeItOpensIsRefusedOnTheClosingDate() {
    CallDetails backwards = casablanca2027("Backwards");
    backwards.setClosesOn(LocalDate.of(2027, 2, 1));
    var refusal =
        assertThrows(IncubatorException.class, () -> asAdmin.call(() -> calls.open(backwards)));
    assertEquals("closesOn", refusal.getField().orElseThrow());
  }

  private int listWithProvinces() {
    return calls.page(new PageRequest(0, PageRequest.MAX_SIZE, null, true), Locale.FRENCH).size();
  }

  @Test
  void listingCallsTakesTheSameStatementsWhateverTheirNumber() throws Exception {
    asAdmin.call(() -> calls.open(casablanca2027("Listed A")));
    var few = persistence.during(() -> asMentor.call(this::listWithProvinces));
    for (int i = 0; i < 5; i++) {
      String name = "Listed " + i;
      asAdmin.call(() -> calls.open(casablanca2027(name)));
    }
    var more = persistence.during(() -> asMentor.call(this::listWithProvinces));
    assertTrue(more.result() >= few.result() + 5);
    assertEquals(few.statements().size(), more.statements().size(), more.statements().toString());
    assertEquals(1, more.statements().size(), "the page's ids joined to its rows");
  }

  @Test
  void theListNamesAFewProvincesOfACallAndCountsTheRest() throws Exception {
    Long two = asAdmin.call(() -> calls.open(casablanca2027("Two provinces")));
    var five = Calls.details("Five provinces");
    five.setProvinceCodes(List.of("SETTAT", "CASABLANCA", "MOHAMMEDIA", "BERRECHID", "NOUACEUR"));
    Long fiveId = asAdmin.call(() -> calls.open(five));
    var national = Calls.details("National");
    national.setProvinceCodes(
        referenceData.provinces(Locale.FRENCH).stream().map(Province::getCode).toList());
    Long nationalId = asAdmin.call(() -> calls.open(national));

    Map<Long, CallSummary> listed = new HashMap<>();
    long total = asMentor.call(() -> calls.count());
    for (int first = 0; first < total; first += PageRequest.MAX_SIZE) {
      var page = new PageRequest(first, PageRequest.MAX_SIZE, null, false, total);
      List<CallSummary> rows = asMentor.call(() -> calls.page(page, Locale.FRENCH));
      for (int i = 1; i < rows.size(); i++) {
        CallSummary before = rows.get(i - 1);
        CallSummary after = rows.get(i);
        assertTrue(
            before.closesOn().isAfter(after.closesOn())
                || before.closesOn().equals(after.closesOn()) && before.id() > after.id(),
            "the latest closing first: " + before.name() + ", then " + after.name());
      }
      rows.forEach(c -> listed.put(c.id(), c));
    }
    assertEquals(total, listed.size(), "every call on one page, each once");

    assertEquals(List.of("Casablanca", "Mohammédia"), listed.get(two).firstProvinces());
    assertEquals(0, listed.get(two).otherProvinces());
    assertEquals(5, listed.get(fiveId).provinces());
    assertEquals(
        List.of("Berrechid", "Casablanca", "Mohammédia"), listed.get(fiveId).firstProvinces());
    assertEquals(2, listed.get(fiveId).otherProvinces());
    assertFalse(listed.get(fiveId).coversEveryProvince());
    assertTrue(listed.get(nationalId).coversEveryProvince());
    assertEquals(75, listed.get(nationalId).provinces());
  }
}
