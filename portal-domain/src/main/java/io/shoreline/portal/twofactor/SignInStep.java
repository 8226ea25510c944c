package io.shoreline.portal.twofactor;

/** What a person must do after a correct password before the session is theirs. */
public enum SignInStep {
  /** Nothing: the password was enough. */
  NONE,
  /** Type a code of their authenticator app (or a recovery code). */
  CODE,
  /** Their organization requires a second factor and they have none: set one up first. */
  ENROL
}
