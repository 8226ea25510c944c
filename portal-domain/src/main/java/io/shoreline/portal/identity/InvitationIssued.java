package io.shoreline.portal.identity;

import java.time.Instant;

/**
 * Fired when an invitation is created; {@link InvitationMail} sends it once the transaction has
 * committed, so nobody gets a link to an invitation that was rolled back.
 */
public record InvitationIssued(
    String email,
    String displayName,
    String organizationName,
    String invitedByName,
    String language,
    String link,
    Instant expiresAt) {}
