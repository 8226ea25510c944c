package io.shoreline.portal.twofactor;

import java.time.Instant;

/**
 * A person's second factor at a glance.
 *
 * @param enabledAt when the authenticator was switched on; null when it is not on
 * @param pending an authenticator was started and awaits its first code
 * @param recoveryCodesLeft unused recovery codes
 * @param required the organization's policy requires a second factor of this person
 */
public record TwoFactorStatus(
    Instant enabledAt, boolean pending, long recoveryCodesLeft, boolean required) {

  public boolean isEnabled() {
    return enabledAt != null;
  }

  public Instant getEnabledAt() {
    return enabledAt;
  }

  public boolean isPending() {
    return pending;
  }

  public long getRecoveryCodesLeft() {
    return recoveryCodesLeft;
  }

  public boolean isRequired() {
    return required;
  }
}
