package org.incubator.web.training;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.incubator.identity.UserAccounts;
import org.incubator.web.shared.KeptReads;

/**
 * The centre's mentors as a menu offers them (who trains, who takes the roll), read once and kept a
 * while in the person's session like the other reads every page would repeat.
 */
@Dependent
public class MentorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccounts accounts;

  public ArrayList<SelectItem> options() {
    return KeptReads.ofSession()
        .of(
            MentorChoices.class,
            "mentors",
            () ->
                accounts.mentors().stream()
                    .map(u -> new SelectItem(u.getUsername(), u.getDisplayName()))
                    .collect(Collectors.toCollection(ArrayList::new)));
  }

  /** A mentor's name as people know it, from their user name (the user name if unknown). */
  public static String nameOf(ArrayList<SelectItem> options, String username) {
    return options.stream()
        .filter(option -> option.getValue().equals(username))
        .map(SelectItem::getLabel)
        .findFirst()
        .orElse(username);
  }
}
