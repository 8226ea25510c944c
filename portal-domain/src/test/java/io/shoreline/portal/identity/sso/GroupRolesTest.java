package io.shoreline.portal.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.OrgRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

  private static final Map<String, OrgRole> MAPPING =
      Map.of(
          "portal-admins",
          OrgRole.ORG_ADMIN,
          "team-leads",
          OrgRole.MANAGER,
          "agents",
          OrgRole.MEMBER);

  @Test
  void theStrongestMappedRoleWins() {
    assertThat(GroupRoles.roleOf(List.of("agents", "team-leads"), MAPPING))
        .contains(OrgRole.MANAGER);
    assertThat(GroupRoles.roleOf(List.of("agents", "portal-admins", "team-leads"), MAPPING))
        .contains(OrgRole.ORG_ADMIN);
  }

  @Test
  void groupPathsAreMatchedByTheirLastPart() {
    assertThat(GroupRoles.roleOf(List.of("/acme/portal-admins"), MAPPING))
        .contains(OrgRole.ORG_ADMIN);
  }

  @Test
  void noMappedGroupGivesNoRole() {
    assertThat(GroupRoles.roleOf(List.of("finance"), MAPPING)).isEmpty();
    assertThat(GroupRoles.roleOf(List.of(), MAPPING)).isEmpty();
    assertThat(GroupRoles.roleOf(List.of("agents"), Map.of())).isEmpty();
  }
}
