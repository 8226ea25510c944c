package io.shoreline.portal.web.api.scim;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.provisioning.GroupDocument;
import io.shoreline.portal.provisioning.ProvisionedGroup;
import io.shoreline.portal.provisioning.ProvisionedGroups;
import io.shoreline.portal.provisioning.ScimException;
import io.shoreline.portal.provisioning.ScimGroup;
import io.shoreline.portal.provisioning.ScimPage;
import io.shoreline.portal.provisioning.ScimToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** /scim/v2/Groups: the token's organization's groups and their members (RFC 7644 3.3–3.6). */
@Path("Groups")
@ScimOnly
@RequestScoped
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource {

  @Inject ScimRequest scim;
  @Inject ProvisionedGroups groups;
  @Context UriInfo uri;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @HeaderParam(HttpHeaders.IF_MATCH)
  String ifMatch;

  @POST
  public Response create(String body) {
    ScimToken token = scim.open(authorization);
    ProvisionedGroup group = GroupDocument.parse(ScimMedia.body(body));
    return ScimRequest.resource(201, render(groups.create(token, group)));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    scim.open(authorization);
    return ScimRequest.resource(200, render(groups.get(ScimMedia.id(id, "Group"))));
  }

  @GET
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") @DefaultValue("1") int startIndex,
      @QueryParam("count") @DefaultValue("100") int count) {
    scim.open(authorization);
    ScimPage<ScimGroup> page =
        groups.list(filter, ScimRequest.first(startIndex), ScimRequest.count(count));
    Map<Long, List<Account>> members =
        groups.members(page.items().stream().map(ScimGroup::getId).toList());
    String root = scim.root(uri);
    List<JsonObject> resources =
        page.items().stream()
            .map(group -> GroupDocument.render(group, members.get(group.getId()), root))
            .toList();
    return ScimRequest.list(resources, page.total(), Math.max(startIndex, 1));
  }

  @PUT
  @Path("{id}")
  public Response replace(@PathParam("id") String id, String body) {
    ScimToken token = scim.open(authorization);
    ProvisionedGroup group = GroupDocument.parse(ScimMedia.body(body));
    ScimGroup changed =
        groups.replace(token, ScimMedia.id(id, "Group"), group, ScimMedia.ifMatch(ifMatch));
    return ScimRequest.resource(200, render(changed));
  }

  @PATCH
  @Path("{id}")
  public Response patch(@PathParam("id") String id, String body) {
    ScimToken token = scim.open(authorization);
    long groupId = ScimMedia.id(id, "Group");
    JsonObject request = ScimMedia.body(body);
    ScimGroup current = groups.get(groupId);
    OptionalLong expected = ScimMedia.ifMatch(ifMatch);
    if (expected.isPresent() && expected.getAsLong() != current.getVersion()) {
      throw new ScimException(412, null, "Group " + id + " is at another version");
    }
    ProvisionedGroup patched = GroupDocument.patch(render(current), request);
    try {
      ScimGroup changed =
          groups.replace(token, groupId, patched, OptionalLong.of(current.getVersion()));
      return ScimRequest.resource(200, render(changed));
    } catch (ScimException e) {
      throw expected.isEmpty() && e.status() == 412
          ? new ScimException(409, null, "changed meanwhile: retry")
          : e;
    }
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    scim.open(authorization);
    groups.delete(ScimMedia.id(id, "Group"), ScimMedia.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  private JsonObject render(ScimGroup group) {
    return GroupDocument.render(
        group, groups.members(List.of(group.getId())).get(group.getId()), scim.root(uri));
  }
}
