package org.incubator.web.identity;

import java.util.List;
import java.util.Map;
import org.incubator.identity.StaffAccounts;
import org.incubator.identity.UserAccount;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The staff's accounts, paged by the database, by role then name. */
public class AccountLazyModel extends LazyDataModel<UserAccount> {

  private static final long serialVersionUID = 1L;

  private final transient StaffAccounts accounts;

  public AccountLazyModel(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(accounts.count());
  }

  @Override
  public List<UserAccount> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return accounts.list(
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(UserAccount account) {
    return String.valueOf(account.getId());
  }
}
