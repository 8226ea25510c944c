package io.shoreline.portal.twofactor;

import io.shoreline.portal.identity.Account;

/** A person of the organization and their authenticator, or null when they have none. */
public record PersonSecondFactor(Account account, SecondFactor factor) {}
