package io.shoreline.portal.web.sso;

import io.shoreline.portal.identity.OrgRole;

/** One line of the group→role table: a group of the provider and the portal role it gives. */
public class GroupRoleRow {

  private String group;
  private OrgRole role;

  public GroupRoleRow() {}

  GroupRoleRow(String group, OrgRole role) {
    this.group = group;
    this.role = role;
  }

  boolean isBlank() {
    return (group == null || group.isBlank()) && role == null;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public OrgRole getRole() {
    return role;
  }

  public void setRole(OrgRole role) {
    this.role = role;
  }
}
