package io.shoreline.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"7\","
          + "\"userName\":\"ann@x.example\",\"name\":{\"givenName\":\"Ann\",\"familyName\":\"Lee\"},"
          + "\"displayName\":\"Ann Lee\",\"active\":true,\"externalId\":\"e1\","
          + "\"emails\":[{\"value\":\"ann@x.example\",\"type\":\"work\",\"primary\":true}]}";

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static JsonObject patch(String operations) {
    return json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':"
            + operations
            + "}");
  }

  @Test
  void replaceWithAndWithoutPath() {
    ProvisionedUser user =
        UserDocument.patch(
            json(USER),
            patch(
                "[{'op':'Replace','path':'active','value':false},"
                    + "{'op':'replace','value':{'displayName':'Ann B','name.familyName':'B'}}]"));
    assertThat(user.active()).isFalse();
    assertThat(user.displayName()).isEqualTo("Ann B");
    assertThat(user.familyName()).isEqualTo("B");
    assertThat(user.givenName()).isEqualTo("Ann");
  }

  @Test
  void removeAndAddOfSingleAndFilteredAttributes() {
    ProvisionedUser user =
        UserDocument.patch(
            json(USER),
            patch(
                "[{'op':'remove','path':'externalId'},"
                    + "{'op':'add','path':'name.givenName','value':'Annie'},"
                    + "{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'ann@y.example'},"
                    + "{'op':'replace','path':'userName','value':'ann@y.example'}]"));
    assertThat(user.externalId()).isNull();
    assertThat(user.givenName()).isEqualTo("Annie");
    assertThat(user.userName()).isEqualTo("ann@y.example");
  }

  @Test
  void userNameChangeCarriesTheAddressWhenEmailsAreNotNamed() {
    ProvisionedUser user =
        UserDocument.patch(
            json(USER), patch("[{'op':'replace','path':'userName','value':'ann@z.example'}]"));
    assertThat(user.userName()).isEqualTo("ann@z.example");
  }

  @Test
  void groupMembersAreAddedAndRemoved() {
    JsonObject group =
        json(
            "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'3',"
                + "'displayName':'Ops','members':[{'value':'1'},{'value':'2'}]}");
    ProvisionedGroup added =
        GroupDocument.patch(
            group, patch("[{'op':'add','path':'members','value':[{'value':'2'},{'value':'5'}]}]"));
    assertThat(added.members()).containsExactly(1L, 2L, 5L);
    ProvisionedGroup removed =
        GroupDocument.patch(
            group,
            patch(
                "[{'op':'remove','path':'members[value eq \\\"1\\\"]'},"
                    + "{'op':'remove','path':'members','value':[{'value':'2'}]}]"));
    assertThat(removed.members()).isEmpty();
  }

  @Test
  void badOperationsAreRefusedWithTheirScimType() {
    assertRefused(patch("[{'op':'replace','path':'id','value':'9'}]"), "mutability");
    assertRefused(patch("[{'op':'replace','path':'nickName','value':'x'}]"), "invalidPath");
    assertRefused(patch("[{'op':'remove'}]"), "noTarget");
    assertRefused(patch("[{'op':'remove','path':'emails[type eq \\\"home\\\"]'}]"), "noTarget");
    assertRefused(patch("[{'op':'move','path':'active'}]"), "invalidSyntax");
    assertRefused(json("{'Operations':[]}"), "invalidSyntax");
    assertRefused(patch("[{'op':'replace','path':'active','value':'maybe'}]"), "invalidValue");
  }

  private static void assertRefused(JsonObject request, String scimType) {
    assertThatThrownBy(() -> UserDocument.patch(json(USER), request))
        .as(request.toString())
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo(scimType));
  }
}
