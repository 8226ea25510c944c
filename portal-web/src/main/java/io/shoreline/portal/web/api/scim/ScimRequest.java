package io.shoreline.portal.web.api.scim;

import io.shoreline.portal.provisioning.ScimToken;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every SCIM call needs: the organization its token opens, the SCIM root's public address
 * (PORTAL_BASE_URL when set, as behind a proxy, else this request's), and answers in SCIM's shape.
 */
@RequestScoped
public class ScimRequest {

  static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final int MAX_COUNT = 200;

  @Inject TenantAccess access;

  @Inject
  @ConfigProperty(name = "portal.base-url")
  Optional<String> baseUrl;

  /** The live token of the "Authorization: Bearer" header; its organization is the tenant. */
  ScimToken open(String authorization) {
    String scheme = "bearer ";
    String secret =
        authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
            ? authorization.substring(scheme.length()).strip()
            : null;
    return access.openOrganizationForScim(secret);
  }

  /** "https://portal.example/scim/v2", without a trailing slash. */
  String root(UriInfo uri) {
    return portal(uri) + "/scim/v2";
  }

  /** Where an invitation mail sends its reader. */
  String inviteLink(UriInfo uri) {
    return portal(uri) + "/accept-invitation.xhtml";
  }

  private String portal(UriInfo uri) {
    return baseUrl
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .orElseGet(() -> uri.getBaseUri().resolve("../..").toString())
        .replaceAll("/+$", "");
  }

  static Response resource(int status, JsonObject document) {
    String version = document.getJsonObject("meta").getString("version");
    Response.ResponseBuilder answer =
        Response.status(status)
            .type(ScimMedia.SCIM_JSON)
            .tag(new EntityTag(version.substring(3, version.length() - 1), true))
            .entity(document.toString());
    if (status == 201) {
      answer.location(URI.create(document.getJsonObject("meta").getString("location")));
    }
    return answer.build();
  }

  static Response list(List<JsonObject> resources, long total, int startIndex) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    resources.forEach(items::add);
    JsonObject body =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(LIST))
            .add("totalResults", total)
            .add("startIndex", startIndex)
            .add("itemsPerPage", resources.size())
            .add("Resources", items)
            .build();
    return Response.ok(body.toString(), ScimMedia.SCIM_JSON).build();
  }

  /** RFC 7644 3.4.2.4: a startIndex below 1 is 1; a count below 0 is 0. */
  static int first(int startIndex) {
    return Math.max(startIndex, 1) - 1;
  }

  static int count(int count) {
    return Math.min(Math.max(count, 0), MAX_COUNT);
  }
}
