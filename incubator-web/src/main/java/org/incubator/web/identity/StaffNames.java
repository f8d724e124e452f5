package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.incubator.identity.UserAccounts;

/**
 * The names the staff go by, for the user names a page shows (who trains, who leads, who sat on the
 * committee): read for the names the page asks, never for the whole staff, and kept for the
 * request.
 */
@Named
@RequestScoped
public class StaffNames {

  @Inject private UserAccounts accounts;

  private final Map<String, String> names = new HashMap<>();

  /** The person's name; the user name itself if no account has it. */
  public String of(String username) {
    if (username == null || username.isBlank()) {
      return "";
    }
    String name = names.get(username);
    if (name == null) {
      know(Set.of(username));
      name = names.get(username);
    }
    return name;
  }

  /** Reads at once the names a list will ask for, in one statement. */
  public void know(Collection<String> usernames) {
    Set<String> unknown = new HashSet<>(usernames);
    unknown.removeIf(u -> u == null || u.isBlank() || names.containsKey(u));
    if (!unknown.isEmpty()) {
      Map<String, String> read = accounts.displayNames(unknown);
      unknown.forEach(u -> names.put(u, read.getOrDefault(u, u)));
    }
  }

  /** Names learnt elsewhere in the request (the suggestions just read). */
  void remember(String username, String name) {
    names.put(username, name);
  }
}
