package org.incubator.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.identity.AccountDetails;
import org.incubator.identity.StaffAccounts;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;
import org.incubator.web.shared.WholeListModel;

/**
 * The administrator's page of staff accounts ({@code /identity/accounts.xhtml}): the list, and one
 * account opened or changed ({@code ?id=}), disabled or enabled, its second factor reset, or a
 * one-time code issued to set a password — shown once, to hand over.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffAccounts accounts;

  private WholeListModel<UserAccount> list;
  private String idParameter;
  private Long id;
  private long version;
  private AccountDetails details = new AccountDetails();
  private UserAccount account;
  private String handOverCode;

  public void load() {
    if (list == null) {
      list = WholeListModel.of("accounts", accounts::count, accounts::list, UserAccount::getId);
      if (idParameter != null && !idParameter.isBlank()) {
        id = RecordIds.parse(idParameter, "identity.account.notFound");
        reload();
      }
    }
  }

  private void reload() {
    account = accounts.getAccount(id);
    version = account.getVersion();
    details = AccountDetails.of(account);
  }

  public void save() {
    act(
        () -> {
          if (id == null) {
            handOverCode = accounts.open(details);
            details = new AccountDetails();
          } else {
            accounts.change(id, version, details);
            reload();
          }
        },
        id == null ? "identity.account.opened" : "identity.account.saved");
  }

  public void disable() {
    act(() -> accounts.disable(id), "identity.account.disabled");
  }

  public void enable() {
    act(() -> accounts.enable(id), "identity.account.enabled");
  }

  public void resetSecondFactor() {
    act(() -> accounts.resetSecondFactor(id), "identity.account.secondFactorReset");
  }

  public void issueResetCode() {
    act(() -> handOverCode = accounts.issueResetCode(id), "identity.account.codeIssued");
  }

  private void act(Runnable work, String doneKey) {
    try {
      handOverCode = null;
      work.run();
      if (id != null) {
        reload();
      }
      Messages.info(doneKey);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public WholeListModel<UserAccount> getList() {
    return list;
  }

  public AccountDetails getDetails() {
    return details;
  }

  public UserAccount getAccount() {
    return account;
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getHandOverCode() {
    return handOverCode;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
