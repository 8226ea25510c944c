package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.OrgRole;
import org.junit.jupiter.api.Test;

class TwoFactorPolicyTest {

  @Test
  void whoEachPolicyRequires() {
    for (OrgRole role : OrgRole.values()) {
      assertThat(TwoFactorPolicy.OFF.requires(role)).as("OFF " + role).isFalse();
      assertThat(TwoFactorPolicy.EVERYONE.requires(role)).as("EVERYONE " + role).isTrue();
      assertThat(TwoFactorPolicy.ADMINS.requires(role))
          .as("ADMINS " + role)
          .isEqualTo(role == OrgRole.ORG_ADMIN);
    }
  }
}
