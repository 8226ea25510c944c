package io.shoreline.portal.web.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of a person who passed every sign-in step in this request (password, then code):
 * made only by {@link SessionSignIn}, never from request parameters, so the identity store checks
 * only that the account may still sign in.
 */
// public: the identity store's validate method for it is looked up from Jakarta Security's package
public record VerifiedSignIn(String email) implements Credential {}
