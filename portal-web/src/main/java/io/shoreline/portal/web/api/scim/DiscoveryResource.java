package io.shoreline.portal.web.api.scim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 7644 section 4: what this service provider supports, its resource types and their schemas.
 * The same for every organization, so no token is needed (as the RFC allows).
 */
@Path("")
@ScimOnly
@RequestScoped
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

  @Inject ScimRequest scim;
  @Context UriInfo uri;

  @GET
  @Path("ServiceProviderConfig")
  public Response serviceProviderConfig() {
    return Response.ok(document("service-provider-config.json"), ScimMedia.SCIM_JSON).build();
  }

  @GET
  @Path("ResourceTypes")
  public Response resourceTypes() {
    return list(document("resource-types.json"));
  }

  @GET
  @Path("Schemas")
  public Response schemas() {
    return list(document("schemas.json"));
  }

  private Response list(String array) {
    try (JsonReader reader = Json.createReader(new StringReader(array))) {
      JsonArray items = reader.readArray();
      return ScimRequest.list(
          items.stream().map(JsonValue::asJsonObject).toList(), items.size(), 1);
    }
  }

  private String document(String name) {
    try (InputStream in = DiscoveryResource.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{root}", scim.root(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
