package io.shoreline.portal.identity.sso;

import io.shoreline.portal.identity.OrgRole;
import java.util.Map;
import java.util.Set;

/** What an organization's provider may do: whose accounts it makes, which roles its groups give. */
public record SsoRules(
    long organizationId,
    boolean createsAccounts,
    Set<String> domains,
    Map<String, OrgRole> groupRoles) {}
