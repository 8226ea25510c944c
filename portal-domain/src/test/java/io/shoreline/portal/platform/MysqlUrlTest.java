package io.shoreline.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MysqlUrlTest {

  @Test
  void addsTheSettingsToAPlainUrl() {
    assertThat(MysqlUrl.withDefaults("jdbc:mysql://db:3306/portal"))
        .isEqualTo(
            "jdbc:mysql://db:3306/portal?rewriteBatchedStatements=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
                + "&useLocalSessionState=true&cacheServerConfiguration=true"
                + "&maintainTimeStats=false");
  }

  @Test
  void keepsWhatTheUrlAlreadySays() {
    String url =
        MysqlUrl.withDefaults(
            "jdbc:mysql://db/portal?createDatabaseIfNotExist=true&rewriteBatchedStatements=false");

    assertThat(url)
        .startsWith(
            "jdbc:mysql://db/portal?createDatabaseIfNotExist=true&rewriteBatchedStatements=false&")
        .containsOnlyOnce("rewriteBatchedStatements")
        .contains("&connectionTimeZone=UTC");
  }
}
