package io.shoreline.portal.web.isolation;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.provisioning.ProvisionedGroup;
import io.shoreline.portal.provisioning.ProvisionedGroups;
import io.shoreline.portal.provisioning.ProvisionedUser;
import io.shoreline.portal.provisioning.ProvisionedUsers;
import io.shoreline.portal.provisioning.ScimGroup;
import io.shoreline.portal.provisioning.ScimToken;
import io.shoreline.portal.provisioning.ScimTokens;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * An organization's SCIM token (made anew each time: its secret is shown once), a person and a
 * group its identity provider provisioned (made once), so that its admin is offered "revoke" and
 * "save-role" and the other side's ids are real.
 */
@RequestScoped
public class ProvisioningVictims {

  static final String GROUP = "Adversarial group";

  @Inject TenantAccess access;
  @Inject ScimTokens tokens;
  @Inject ProvisionedUsers users;
  @Inject ProvisionedGroups groups;

  /**
   * "{prefix}ScimToken" (+Version), "{prefix}ScimSecret", "{prefix}ScimUser", "{prefix}ScimGroup".
   */
  void provisioningOf(String prefix, String admin, String domain, Map<String, String> ids) {
    access.openOrganization(admin);
    String secret = tokens.create("adversarial " + System.nanoTime()).secret();
    ScimToken token = tokens.page(0, 1).get(0);
    ids.put(prefix + "ScimToken", token.getId() + "");
    ids.put(prefix + "ScimTokenVersion", token.getVersion() + "");
    ids.put(prefix + "ScimSecret", secret);
    ScimToken scim = access.openOrganizationForScim(secret);
    Account person = person(scim, "provisioned@" + domain);
    ids.put(prefix + "ScimUser", person.getId() + "");
    ScimGroup group =
        groups.list("displayName eq \"" + GROUP + "\"", 0, 1).items().stream()
            .findFirst()
            .orElseGet(
                () ->
                    groups.create(
                        scim, new ProvisionedGroup(GROUP, null, List.of(person.getId()))));
    ids.put(prefix + "ScimGroup", group.getId() + "");
    ids.put(prefix + "ScimGroupVersion", group.getVersion() + "");
  }

  private Account person(ScimToken scim, String email) {
    return users.list(scim, "userName eq \"" + email + "\"", 0, 1).items().stream()
        .findFirst()
        .orElseGet(
            () ->
                users.create(
                    scim,
                    new ProvisionedUser(email, "Pro", "Visioned", null, null, true, null, null),
                    "http://localhost/accept-invitation.xhtml"));
  }
}
