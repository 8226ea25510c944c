package io.shoreline.portal.tenancy;

/**
 * A workspace became active (fired in that transaction; again when a declined or ended partnership
 * is accepted anew): features give it what every workspace starts with, if it has nothing yet.
 */
public record WorkspaceOpened(long workspaceId) {}
