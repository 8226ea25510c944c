package io.shoreline.portal.bulletins;

/** A person was asked (again) to acknowledge a subject: mailed once the transaction committed. */
public record AckAsked(
    long workspaceId, String workspaceName, AckTopic topic, long accountId, boolean reminder) {}
