package io.shoreline.portal.web.provisioning;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.provisioning.ScimGroup;
import java.io.Serializable;

/** A provisioned group in the page's table, with its member count and the role being chosen. */
public class GroupRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String displayName;
  private final long version;
  private final long members;
  private OrgRole chosenRole;

  GroupRow(ScimGroup group, long members) {
    this.id = group.getId();
    this.displayName = group.getDisplayName();
    this.version = group.getVersion();
    this.members = members;
    this.chosenRole = group.getRole();
  }

  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public long getVersion() {
    return version;
  }

  public long getMembers() {
    return members;
  }

  public OrgRole getChosenRole() {
    return chosenRole;
  }

  public void setChosenRole(OrgRole chosenRole) {
    this.chosenRole = chosenRole;
  }
}
