package io.shoreline.portal.web.twofactor;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.twofactor.PersonSecondFactor;
import java.time.Instant;

/**
 * One row of the organization's people with their authenticator, as app/org/security.xhtml shows.
 */
public class PersonFactorRow {

  private final PersonSecondFactor person;

  PersonFactorRow(PersonSecondFactor person) {
    this.person = person;
  }

  public Account getAccount() {
    return person.account();
  }

  public Long getId() {
    return person.account().getId();
  }

  /** Whether the person has an authenticator, on or still being set up: an admin may reset it. */
  public boolean isPresent() {
    return person.factor() != null;
  }

  public boolean isEnabled() {
    return person.factor() != null && person.factor().isEnabled();
  }

  public Instant getEnabledAt() {
    return person.factor() == null ? null : person.factor().getEnabledAt();
  }

  /** The authenticator's version, posted by the reset button: a change meanwhile is refused. */
  public long getVersion() {
    return person.factor() == null ? -1 : person.factor().getVersion();
  }
}
