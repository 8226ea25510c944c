package io.shoreline.portal.bulletins;

/** A person was asked (again) to acknowledge a bulletin: mailed once the transaction committed. */
public record BulletinAsked(
    long workspaceId,
    String workspaceName,
    long bulletinId,
    String title,
    Urgency urgency,
    long accountId,
    boolean reminder) {}
