package org.incubator.web.identity;

import java.util.List;
import java.util.Map;
import org.incubator.identity.StaffAccounts;
import org.incubator.identity.UserAccount;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The staff's accounts, paged by the database, by role then name. */
public class AccountLazyModel extends DatabaseLazyModel<UserAccount, String> {

  private static final long serialVersionUID = 1L;

  private final transient StaffAccounts accounts;

  public AccountLazyModel(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return accounts.count();
  }

  @Override
  protected List<UserAccount> pageOf(String filter, PageRequest page) {
    return accounts.list(page);
  }

  @Override
  protected Object keyOf(UserAccount row) {
    return row.getId();
  }
}
