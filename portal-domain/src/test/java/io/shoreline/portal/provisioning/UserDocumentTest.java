package io.shoreline.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.identity.OrgRole;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserDocumentTest {

  @Test
  void theHighestRoleOfThePersonsGroupsWins() {
    assertThat(GroupRoles.highest(Arrays.asList(OrgRole.MEMBER, null, OrgRole.MANAGER)))
        .contains(OrgRole.MANAGER);
    assertThat(GroupRoles.highest(List.of(OrgRole.MEMBER, OrgRole.ORG_ADMIN)))
        .contains(OrgRole.ORG_ADMIN);
    assertThat(GroupRoles.highest(Arrays.asList((OrgRole) null))).isEmpty();
    assertThat(GroupRoles.highest(List.of())).isEmpty();
  }

  @Test
  void unknownAttributesMissingSchemasAndDisagreeingEmailsAreRefused() {
    assertThat(refusal("{'schemas':['" + ScimJson.USER + "'],'userName':'a@x','nick':'A'}"))
        .isEqualTo("invalidSyntax");
    assertThat(refusal("{'userName':'a@x'}")).isEqualTo("invalidSyntax");
    assertThat(
            refusal(
                "{'schemas':['"
                    + ScimJson.USER
                    + "'],'userName':'a@x','emails':[{'value':'b@x','primary':true}]}"))
        .isEqualTo("invalidValue");
  }

  @Test
  void languagesAndTimeZonesFallBackOrAreRefused() {
    assertThat(UserRules.language("fr-CA", "en")).isEqualTo("fr");
    assertThat(UserRules.language("de_DE", "en")).isEqualTo("en");
    assertThat(UserRules.timeZone(null, "UTC")).isEqualTo("UTC");
    assertThat(UserRules.timeZone("Europe/Paris", "UTC")).isEqualTo("Europe/Paris");
    assertThatThrownBy(() -> UserRules.timeZone("Mars/Olympus", "UTC"))
        .isInstanceOf(ScimException.class);
  }

  private static String refusal(String json) {
    try {
      UserDocument.parse(Json.createReader(new StringReader(json.replace('\'', '"'))).readObject());
      return null;
    } catch (ScimException e) {
      return e.scimType();
    }
  }
}
