package io.shoreline.portal.web.api.scim;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.provisioning.ProvisionedGroups;
import io.shoreline.portal.provisioning.ProvisionedUser;
import io.shoreline.portal.provisioning.ProvisionedUsers;
import io.shoreline.portal.provisioning.ScimException;
import io.shoreline.portal.provisioning.ScimPage;
import io.shoreline.portal.provisioning.ScimToken;
import io.shoreline.portal.provisioning.UserDocument;
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

/** /scim/v2/Users: the token's organization's people (RFC 7644 3.3–3.6). */
@Path("Users")
@ScimOnly
@RequestScoped
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource {

  @Inject ScimRequest scim;
  @Inject ProvisionedUsers users;
  @Inject ProvisionedGroups groups;
  @Context UriInfo uri;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @HeaderParam(HttpHeaders.IF_MATCH)
  String ifMatch;

  @POST
  public Response create(String body) {
    ScimToken token = scim.open(authorization);
    ProvisionedUser user = UserDocument.parse(ScimMedia.body(body));
    Account made = users.create(token, user, scim.inviteLink(uri));
    return ScimRequest.resource(201, render(made));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    ScimToken token = scim.open(authorization);
    return ScimRequest.resource(200, render(users.get(token, ScimMedia.id(id, "User"))));
  }

  @GET
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") @DefaultValue("1") int startIndex,
      @QueryParam("count") @DefaultValue("100") int count) {
    ScimToken token = scim.open(authorization);
    ScimPage<Account> page =
        users.list(token, filter, ScimRequest.first(startIndex), ScimRequest.count(count));
    Map<Long, List<io.shoreline.portal.provisioning.ScimGroup>> memberOf =
        groups.groupsOf(page.items().stream().map(Account::getId).toList());
    String root = scim.root(uri);
    List<JsonObject> resources =
        page.items().stream()
            .map(account -> UserDocument.render(account, memberOf.get(account.getId()), root))
            .toList();
    return ScimRequest.list(resources, page.total(), Math.max(startIndex, 1));
  }

  @PUT
  @Path("{id}")
  public Response replace(@PathParam("id") String id, String body) {
    ScimToken token = scim.open(authorization);
    ProvisionedUser user = UserDocument.parse(ScimMedia.body(body));
    Account changed =
        users.replace(
            token,
            ScimMedia.id(id, "User"),
            user,
            ScimMedia.ifMatch(ifMatch),
            scim.inviteLink(uri));
    return ScimRequest.resource(200, render(changed));
  }

  @PATCH
  @Path("{id}")
  public Response patch(@PathParam("id") String id, String body) {
    ScimToken token = scim.open(authorization);
    long account = ScimMedia.id(id, "User");
    JsonObject request = ScimMedia.body(body);
    Account current = users.get(token, account);
    OptionalLong expected = ScimMedia.ifMatch(ifMatch);
    if (expected.isPresent() && expected.getAsLong() != current.getVersion()) {
      throw new ScimException(412, null, "User " + id + " is at another version");
    }
    ProvisionedUser patched = UserDocument.patch(render(current), request);
    try {
      Account changed =
          users.replace(
              token, account, patched, OptionalLong.of(current.getVersion()), scim.inviteLink(uri));
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
    ScimToken token = scim.open(authorization);
    users.deactivate(token, ScimMedia.id(id, "User"), ScimMedia.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  private JsonObject render(Account account) {
    return UserDocument.render(
        account, groups.groupsOf(List.of(account.getId())).get(account.getId()), scim.root(uri));
  }
}
