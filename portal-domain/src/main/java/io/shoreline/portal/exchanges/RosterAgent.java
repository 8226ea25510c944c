package io.shoreline.portal.exchanges;

/** An agent of either side as an exchange sees it: the roster's record, read by id only. */
public record RosterAgent(long id, long organizationId, String name, boolean active) {}
