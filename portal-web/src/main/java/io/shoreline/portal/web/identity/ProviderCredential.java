package io.shoreline.portal.web.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * An e-mail the organization's identity provider vouched for: made only by the portal itself, after
 * it verified the provider's ID token, never from anything a browser sends.
 */
public record ProviderCredential(String email) implements Credential {}
