package io.shoreline.portal.identity.sso;

import io.shoreline.portal.identity.OrgRole;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The portal role a person's provider groups give: the strongest of the roles their groups map to
 * (admin, then manager, then member); none when no group of theirs is mapped, so a role given by
 * hand stays.
 */
final class GroupRoles {

  private GroupRoles() {}

  static Optional<OrgRole> roleOf(Collection<String> groups, Map<String, OrgRole> mapping) {
    return groups.stream()
        .map(group -> mapping.getOrDefault(group, mapping.get(withoutPath(group))))
        .filter(role -> role != null)
        .min(Enum::compareTo); // ORG_ADMIN is declared first
  }

  /** Keycloak and others may send "/parent/child": the last part names the group. */
  private static String withoutPath(String group) {
    return group.substring(group.lastIndexOf('/') + 1);
  }
}
