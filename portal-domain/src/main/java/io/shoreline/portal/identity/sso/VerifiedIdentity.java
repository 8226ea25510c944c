package io.shoreline.portal.identity.sso;

import java.util.List;

/** Who the provider says signed in, from an ID token whose signature and claims were checked. */
public record VerifiedIdentity(String subject, String email, String name, List<String> groups) {}
