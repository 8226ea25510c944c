package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.TokenFeedReads;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.api.ErrorDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** GET /api/v1/workspaces/{w}/feeds: the feeds a token may use, and a feed's versions. */
@Path("workspaces/{w}/feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = FeedRowsResource.TOKEN)
@APIResponse(
    responseCode = "401",
    description = "No, an unknown or a revoked token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(
    responseCode = "404",
    description = "No such workspace or feed for this token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class FeedsResource {

  static final int MAX_VERSIONS = 100;

  @Inject TenantAccess access;
  @Inject TokenFeedReads reads;

  @PathParam("w")
  long workspaceId;

  @GET
  @Operation(summary = "The feeds the token has a scope for, with their columns and its rights")
  @APIResponse(responseCode = "200", description = "The feeds, by name")
  public List<FeedDto> feeds(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    ApiToken token = access.openWorkspaceForToken(workspaceId, Bearer.secret(authorization));
    return reads.feeds(token).stream().map(feed -> FeedDto.of(feed, token)).toList();
  }

  @GET
  @Path("{f}/versions")
  @Operation(summary = "A page of the feed's versions, newest first")
  @APIResponse(responseCode = "200", description = "The page")
  @APIResponse(responseCode = "403", description = "The token may not read this feed")
  public ListDto<VersionDto> versions(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("f") long feedId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    ApiToken token = access.openWorkspaceForToken(workspaceId, Bearer.secret(authorization));
    int rows = Paging.size(size, MAX_VERSIONS);
    List<VersionDto> items =
        reads.versions(token, feedId, Paging.first(page, rows), rows).stream()
            .map(VersionDto::of)
            .toList();
    return new ListDto<>(items, page, rows, reads.versionCount(token, feedId));
  }
}
