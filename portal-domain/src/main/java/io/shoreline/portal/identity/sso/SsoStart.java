package io.shoreline.portal.identity.sso;

import java.net.URI;

/** Where to send the browser, and what to keep in its session until it comes back. */
public record SsoStart(URI redirect, PendingSignIn pending) {}
