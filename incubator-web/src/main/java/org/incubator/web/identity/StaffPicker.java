package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.Caseloads;
import org.incubator.identity.UserAccount;
import org.incubator.identity.UserAccounts;
import org.incubator.web.shared.Messages;

/**
 * What a field choosing someone on the staff suggests as the person types (`inc:staff`): a few
 * names starting as typed, whatever the number of mentors. Its values are user names; the services
 * refuse one that may not hold the role, whatever the page sends.
 */
@Named
@RequestScoped
public class StaffPicker {

  /** How many names a field suggests at once. */
  static final int SUGGESTED = 8;

  @Inject private UserAccounts accounts;

  @Inject private Caseloads caseloads;

  @Inject private StaffNames names;

  /** The labels of this request's suggestions, where they say more than the name. */
  private final Map<String, String> labels = new HashMap<>();

  /** Mentors: who trains a session or takes its roll. */
  public List<String> mentors(String typed) {
    return offered(accounts.mentorsNamed(typed, SUGGESTED));
  }

  /** Mentors and administrators: who may sit on the selection committee. */
  public List<String> members(String typed) {
    return offered(accounts.committeeCandidates(typed, SUGGESTED));
  }

  /** Mentors, each with how many people they lead against the cap: who may lead a person. */
  public List<String> leads(String typed) {
    List<String> offered = new ArrayList<>();
    for (Caseload caseload : caseloads.caseloadsNamed(typed, SUGGESTED)) {
      names.remember(caseload.mentor(), caseload.name());
      labels.put(
          caseload.mentor(),
          Messages.text(
              caseload.isOverCap() ? "coaching.lead.optionOverCap" : "coaching.lead.option",
              caseload.name(),
              caseload.people()));
      offered.add(caseload.mentor());
    }
    return offered;
  }

  /** How a suggestion, or the person already chosen, reads in the field. */
  public String label(String username) {
    String label = labels.get(username);
    return label != null ? label : names.of(username);
  }

  private List<String> offered(List<UserAccount> accounts) {
    List<String> offered = new ArrayList<>();
    for (UserAccount account : accounts) {
      names.remember(account.getUsername(), account.getDisplayName());
      offered.add(account.getUsername());
    }
    return offered;
  }
}
