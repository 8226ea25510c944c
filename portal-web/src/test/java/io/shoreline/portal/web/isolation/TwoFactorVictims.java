package io.shoreline.portal.web.isolation;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.twofactor.Enrolment;
import io.shoreline.portal.twofactor.PersonSecondFactor;
import io.shoreline.portal.twofactor.Totp;
import io.shoreline.portal.twofactor.TotpSeed;
import io.shoreline.portal.twofactor.TwoFactorAdmin;
import io.shoreline.portal.twofactor.TwoFactors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/**
 * A person with an authenticator app in an organization (made once), so that its admin is offered
 * "reset" on app/org/security.xhtml and the other side's ids are real: "{prefix}SecondFactor" is
 * the person's account id, "{prefix}SecondFactorVersion" the version of their authenticator.
 */
@RequestScoped
public class TwoFactorVictims {

  @Inject TenantAccess access;
  @Inject Accounts accounts;
  @Inject TwoFactors twoFactors;
  @Inject TwoFactorAdmin admin;

  public void secondFactorOf(String prefix, String adminEmail, Map<String, String> ids) {
    Account organizationAdmin = access.openOrganization(adminEmail);
    String domain = adminEmail.substring(adminEmail.indexOf('@') + 1);
    String email = "aaron.authenticator@" + domain;
    if (accounts.findByEmail(email).isEmpty()) {
      accounts.create(
          organizationAdmin.getOrganization(),
          email,
          "Aaron Authenticator",
          "not-a-hash",
          OrgRole.MEMBER,
          "en",
          "UTC");
      Enrolment enrolment = twoFactors.startEnrolment(email);
      byte[] key = TotpSeed.fromBase32(enrolment.secret()).key();
      twoFactors.confirmEnrolment(email, Totp.code(key, Totp.stepAt(Instant.now()), Totp.DIGITS));
    }
    access.openOrganization(adminEmail);
    PersonSecondFactor person =
        admin.page(0, 25).stream()
            .filter(row -> row.account().getEmail().equals(email))
            .findFirst()
            .orElseThrow();
    ids.put(prefix + "SecondFactor", person.account().getId() + "");
    ids.put(prefix + "SecondFactorVersion", person.factor().getVersion() + "");
  }
}
