package io.shoreline.portal.provisioning;

import io.shoreline.portal.identity.Account;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SCIM User as JSON (RFC 7643 4.1) and back. userName is the account's e-mail; emails, when
 * given, must agree with it (the portal keeps one address). A password is never taken: the person
 * sets one through their invitation. The enterprise extension is accepted and not kept.
 */
public final class UserDocument {

  static final Set<String> ATTRIBUTES =
      Set.of(
          "schemas",
          "id",
          "meta",
          "externalId",
          "userName",
          "name",
          "displayName",
          "emails",
          "active",
          "preferredLanguage",
          "locale",
          "timezone",
          "groups",
          "password",
          ScimJson.ENTERPRISE_USER);

  private UserDocument() {}

  public static ProvisionedUser parse(JsonObject body) {
    Map<String, JsonValue> attributes = ScimJson.attributes(body, ScimJson.USER, ATTRIBUTES);
    JsonObject name = ScimJson.object(attributes.get("name"), "name");
    String userName = ScimJson.string(attributes, "userName");
    requireEmailsAgree(ScimJson.array(attributes.get("emails"), "emails"), userName);
    String language = ScimJson.string(attributes, "preferredLanguage");
    return new ProvisionedUser(
        userName,
        name == null ? null : ScimJson.string(name.get("givenName"), "name.givenName"),
        name == null ? null : ScimJson.string(name.get("familyName"), "name.familyName"),
        ScimJson.string(attributes, "displayName"),
        ScimJson.string(attributes, "externalId"),
        ScimJson.bool(attributes.get("active"), "active"),
        language != null ? language : ScimJson.string(attributes, "locale"),
        ScimJson.string(attributes, "timezone"));
  }

  private static void requireEmailsAgree(JsonArray emails, String userName) {
    if (emails.isEmpty()) {
      return;
    }
    JsonObject chosen =
        emails.stream()
            .map(email -> ScimJson.object(email, "emails"))
            .filter(email -> ScimJson.bool(email.get("primary"), "emails.primary") == Boolean.TRUE)
            .findFirst()
            .orElse(ScimJson.object(emails.get(0), "emails"));
    String value = ScimJson.string(chosen.get("value"), "emails.value");
    if (value == null || userName == null || !value.strip().equalsIgnoreCase(userName.strip())) {
      throw ScimException.invalidValue(
          "the primary e-mail must be the userName: the portal keeps one address per person");
    }
  }

  /**
   * A PATCH of the user as it is now: the attributes after the operations, checked as a PUT. The
   * address list follows userName unless an operation named emails.
   */
  public static ProvisionedUser patch(JsonObject current, JsonObject request) {
    ScimPatch.Result patched =
        ScimPatch.apply(current, request, ATTRIBUTES, Set.of("id", "meta", "groups"));
    JsonObject result = patched.resource();
    if (!patched.touched().contains("emails")) {
      result = Json.createObjectBuilder(result).remove("emails").build();
    }
    return parse(result);
  }

  /**
   * @param base the SCIM root URL, ending without "/"
   */
  public static JsonObject render(Account account, List<ScimGroup> groups, String base) {
    String location = base + "/Users/" + account.getId();
    JsonObjectBuilder name = Json.createObjectBuilder().add("formatted", account.getDisplayName());
    if (account.getGivenName() != null) {
      name.add("givenName", account.getGivenName());
    }
    if (account.getFamilyName() != null) {
      name.add("familyName", account.getFamilyName());
    }
    JsonArrayBuilder memberOf = Json.createArrayBuilder();
    for (ScimGroup group : groups) {
      memberOf.add(
          Json.createObjectBuilder()
              .add("value", group.getId() + "")
              .add("display", group.getDisplayName())
              .add("$ref", base + "/Groups/" + group.getId()));
    }
    JsonObjectBuilder user =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimJson.USER))
            .add("id", account.getId() + "")
            .add("userName", account.getEmail())
            .add("name", name)
            .add("displayName", account.getDisplayName())
            .add(
                "emails",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("value", account.getEmail())
                            .add("type", "work")
                            .add("primary", true)))
            .add("active", account.isEnabled())
            .add("preferredLanguage", account.getLanguage())
            .add("timezone", account.getTimeZone())
            .add("groups", memberOf)
            .add(
                "meta",
                ScimJson.meta(
                    "User",
                    account.getCreatedAt(),
                    account.getModifiedAt(),
                    location,
                    account.getVersion()));
    if (account.getExternalId() != null) {
      user.add("externalId", account.getExternalId());
    }
    return user.build();
  }
}
