package io.shoreline.portal.provisioning;

import io.shoreline.portal.identity.Account;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A SCIM Group as JSON (RFC 7643 4.2) and back; members are Users of the same organization. */
public final class GroupDocument {

  static final Set<String> ATTRIBUTES =
      Set.of("schemas", "id", "meta", "externalId", "displayName", "members");

  private GroupDocument() {}

  public static ProvisionedGroup parse(JsonObject body) {
    Map<String, JsonValue> attributes = ScimJson.attributes(body, ScimJson.GROUP, ATTRIBUTES);
    List<Long> members = new ArrayList<>();
    for (JsonValue member : ScimJson.array(attributes.get("members"), "members")) {
      JsonObject reference = ScimJson.object(member, "members");
      String type = ScimJson.string(reference.get("type"), "members.type");
      if (type != null && !type.equals("User")) {
        throw ScimException.invalidValue("members must be Users");
      }
      members.add(id(ScimJson.string(reference.get("value"), "members.value")));
    }
    return new ProvisionedGroup(
        ScimJson.string(attributes, "displayName"),
        ScimJson.string(attributes, "externalId"),
        members);
  }

  /** A PATCH of the group as it is now: the attributes after the operations, checked as a PUT. */
  public static ProvisionedGroup patch(JsonObject current, JsonObject request) {
    return parse(ScimPatch.apply(current, request, ATTRIBUTES, Set.of("id", "meta")).resource());
  }

  private static long id(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue("members.value " + value + " is no User id");
    }
  }

  public static JsonObject render(ScimGroup group, List<Account> members, String base) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Account member : members) {
      list.add(
          Json.createObjectBuilder()
              .add("value", member.getId() + "")
              .add("display", member.getDisplayName())
              .add("type", "User")
              .add("$ref", base + "/Users/" + member.getId()));
    }
    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimJson.GROUP))
            .add("id", group.getId() + "")
            .add("displayName", group.getDisplayName())
            .add("members", list)
            .add(
                "meta",
                ScimJson.meta(
                    "Group",
                    group.getCreatedAt(),
                    group.getModifiedAt(),
                    base + "/Groups/" + group.getId(),
                    group.getVersion()));
    if (group.getExternalId() != null) {
      document.add("externalId", group.getExternalId());
    }
    return document.build();
  }
}
