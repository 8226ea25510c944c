package io.shoreline.portal.web.people;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;

/**
 * One row of the people table: the account as loaded, and the role chosen in the row's select. On a
 * postback the select writes into the row at its own position, so the save button of that position
 * reads the choice made beside it.
 */
public class PersonRow {

  private final Account account;
  private OrgRole chosenRole;

  PersonRow(Account account) {
    this.account = account;
    this.chosenRole = account.getRole();
  }

  public Account getAccount() {
    return account;
  }

  public Long getId() {
    return account.getId();
  }

  public long getVersion() {
    return account.getVersion();
  }

  public OrgRole getChosenRole() {
    return chosenRole;
  }

  public void setChosenRole(OrgRole chosenRole) {
    this.chosenRole = chosenRole;
  }
}
