package io.shoreline.portal.visits;

/** An action item was given to someone; they are told by mail once it is committed. */
public record ActionAssigned(
    long workspaceId,
    String workspaceName,
    long actionItemId,
    String title,
    java.time.LocalDate dueOn,
    String originKey,
    String originName,
    long ownerId,
    String assignedBy) {}
