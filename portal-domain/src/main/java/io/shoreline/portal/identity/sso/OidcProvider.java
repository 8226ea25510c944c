package io.shoreline.portal.identity.sso;

import java.net.URI;

/** What a provider's discovery document says, of what the portal uses. */
record OidcProvider(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {}
