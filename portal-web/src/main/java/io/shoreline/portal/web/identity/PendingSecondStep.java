package io.shoreline.portal.web.identity;

import io.shoreline.portal.twofactor.SignInStep;
import jakarta.faces.context.ExternalContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in between its password and its second step, kept in the (not yet signed-in) session: who
 * gave a correct password, what they must do next, and when. It lasts five minutes; the session
 * becomes signed in only when the second step is done.
 */
record PendingSecondStep(String email, SignInStep step, Instant passwordCheckedAt)
    implements Serializable {

  static final String SESSION_KEY = "io.shoreline.portal.pendingSecondStep";
  static final Duration LIFETIME = Duration.ofMinutes(5);

  void keepIn(ExternalContext external) {
    external.getSessionMap().put(SESSION_KEY, this);
  }

  /** The session's pending sign-in of this step, if it has one that has not expired. */
  static Optional<PendingSecondStep> of(ExternalContext external, SignInStep step) {
    Object pending = external.getSessionMap().get(SESSION_KEY);
    return pending instanceof PendingSecondStep sign
            && sign.step() == step
            && sign.passwordCheckedAt().plus(LIFETIME).isAfter(Instant.now())
        ? Optional.of(sign)
        : Optional.empty();
  }

  static void forget(ExternalContext external) {
    external.getSessionMap().remove(SESSION_KEY);
  }
}
