package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleSubjectTest {

  @Test
  void accountSubjectIgnoresCaseAndIsAHashNotTheAddress() {
    String subject = LoginThrottle.accountSubject("Claire.Dubois@Northwind.example");

    assertThat(subject)
        .isEqualTo(LoginThrottle.accountSubject("claire.dubois@northwind.example"))
        .hasSize(64)
        .doesNotContain("northwind");
  }

  @Test
  void accountsAndAddressesNeverShareASubject() {
    assertThat(LoginThrottle.accountSubject("127.0.0.1"))
        .isNotEqualTo(LoginThrottle.addressSubject("127.0.0.1"));
  }
}
