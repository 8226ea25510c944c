package io.shoreline.portal.identity.sso;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in sent to a provider and not back yet, kept in the browser's session: the state that ties
 * the answer to this session, the nonce the ID token must carry, the PKCE verifier of the code, and
 * which organization's provider was asked.
 */
public record PendingSignIn(
    long organizationId,
    String state,
    String nonce,
    String codeVerifier,
    String redirectUri,
    Instant startedAt)
    implements Serializable {}
