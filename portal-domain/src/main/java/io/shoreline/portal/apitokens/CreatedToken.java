package io.shoreline.portal.apitokens;

/** A token just made, with its secret: the one moment the secret exists outside the client. */
public record CreatedToken(ApiToken token, String secret) {}
