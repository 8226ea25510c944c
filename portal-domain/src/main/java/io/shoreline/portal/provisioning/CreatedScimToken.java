package io.shoreline.portal.provisioning;

/** A SCIM token just made, with its secret: the one moment the secret exists outside the client. */
public record CreatedScimToken(ScimToken token, String secret) {}
