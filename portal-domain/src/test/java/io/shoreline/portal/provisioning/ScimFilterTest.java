package io.shoreline.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

  private static final Set<String> USER = ProvisionedUsers.FILTERABLE.keySet();

  @Test
  void equalityOfAStringWithEscapesAndAnyCaseNames() {
    assertThat(ScimFilter.parse("USERNAME Eq \"a\\\"b@x.example\"", USER))
        .isEqualTo(new ScimFilter.Eq("userName", "a\"b@x.example"));
  }

  @Test
  void orBindsLooserThanAndAndParenthesesGroup() {
    ScimFilter filter =
        ScimFilter.parse("userName eq \"a\" or externalId eq \"b\" and active eq true", USER);
    assertThat(filter)
        .isEqualTo(
            new ScimFilter.Or(
                new ScimFilter.Eq("userName", "a"),
                new ScimFilter.And(
                    new ScimFilter.Eq("externalId", "b"), new ScimFilter.Eq("active", true))));
    assertThat(
            ScimFilter.parse("(userName eq \"a\" or userName eq \"b\") and active eq false", USER))
        .isInstanceOf(ScimFilter.And.class);
  }

  @Test
  void otherOperatorsAttributesAndBrokenTextAreInvalidFilters() {
    for (String bad :
        new String[] {
          "userName co \"a\"",
          "userName pr",
          "password eq \"x\"",
          "userName eq \"open",
          "(userName eq \"a\"",
          "userName eq \"a\" and",
          "userName eq 42",
          "",
          "userName eq \"a\" \"b\""
        }) {
      assertThatThrownBy(() -> ScimFilter.parse(bad, USER))
          .as(bad)
          .isInstanceOfSatisfying(
              ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
    }
  }

  @Test
  void aFilterBecomesAConditionWithBoundParameters() {
    FilterQuery query =
        FilterQuery.of(
            ScimFilter.parse("userName eq \"Ann@X.example\" or displayName eq \"Ann\"", USER),
            ProvisionedUsers.FILTERABLE);
    assertThat(query.condition()).isEqualTo("(a.email = :f0 OR LOWER(a.displayName) = :f1)");
    assertThat(query.parameters()).isEqualTo(Map.of("f0", "ann@x.example", "f1", "ann"));
    assertThatThrownBy(
            () ->
                FilterQuery.of(
                    ScimFilter.parse("active eq \"yes\"", USER), ProvisionedUsers.FILTERABLE))
        .isInstanceOf(ScimException.class);
  }
}
