package io.shoreline.portal.provisioning;

import java.util.List;

/** A SCIM Group as a request gives it: its name, the provider's id, its members' account ids. */
public record ProvisionedGroup(String displayName, String externalId, List<Long> members) {}
