package io.shoreline.portal.web.api.threads;

import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.PostPage;
import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.web.api.ErrorDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /api/v1/workspaces/{w}/threads: a workspace's threads and posts for a signed-in member of it.
 * Writing takes JSON only, so that no cross-site form can post with the caller's session.
 */
@Path("workspaces/{w}/threads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(
    responseCode = "404",
    description = "No such workspace, thread or membership",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ThreadsResource {

  static final int MAX_SIZE = 100;

  @Inject SecurityContext security;
  @Inject TenantAccess access;
  @Inject Threads threads;
  @Inject Posts posts;

  @PathParam("w")
  long workspaceId;

  @GET
  @Operation(summary = "A page of the workspace's threads, pinned first, then by latest post")
  @APIResponse(responseCode = "200", description = "The page, with the caller's unread counts")
  public PageDto<ThreadDto> threads(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    open();
    int rows = rows(size);
    List<ThreadDto> items =
        threads.page(first(page, rows), rows).stream().map(ThreadDto::of).toList();
    return new PageDto<>(items, page, rows, threads.count());
  }

  @GET
  @Path("{t}/posts")
  @Operation(summary = "A page of a thread's posts, oldest first")
  @APIResponse(responseCode = "200", description = "The page, with each post's files")
  public PageDto<PostDto> posts(
      @PathParam("t") long threadId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    open();
    threads.find(threadId);
    int rows = rows(size);
    PostPage read = posts.page(threadId, first(page, rows), rows);
    List<PostDto> items =
        read.posts().stream()
            .map(post -> PostDto.of(post, read.attachmentsOf(post), workspaceId))
            .toList();
    return new PageDto<>(items, page, rows, posts.count(threadId));
  }

  @POST
  @Path("{t}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Writes a post in Markdown; @e-mail mentions members of either side")
  @APIResponse(responseCode = "201", description = "The post, at its Location")
  @APIResponse(
      responseCode = "400",
      description = "Empty, too long, or mentions someone who is no member; nothing stored",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "403", description = "A viewer")
  @APIResponse(
      responseCode = "409",
      description = "The workspace is suspended or ended (read-only); nothing stored",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @RequestBody(content = @Content(schema = @Schema(implementation = NewPostDto.class)))
  public Response write(@PathParam("t") long threadId, InputStream json) {
    open();
    NewPostDto body = NewPostJson.read(json);
    Post post = posts.add(threadId, body.markdown(), body.replyToSeq(), List.of());
    return Response.created(
            URI.create(
                "workspaces/"
                    + workspaceId
                    + "/threads/"
                    + threadId
                    + "/posts?seq="
                    + post.getSeq()))
        .entity(PostDto.of(post, List.of(), workspaceId))
        .build();
  }

  private void open() {
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      throw new WebApplicationException(
          Response.status(401).entity(new ErrorDto(401, "Sign in first.")).build());
    }
    access.openWorkspace(workspaceId, caller.getName());
  }

  private static int rows(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new WebApplicationException(
          Response.status(400).entity(new ErrorDto(400, "size is 1 to " + MAX_SIZE + ".")).build());
    }
    return size;
  }

  private static int first(int page, int rows) {
    if (page < 0 || page > Integer.MAX_VALUE / rows) {
      throw new WebApplicationException(
          Response.status(400).entity(new ErrorDto(400, "page is 0 or more.")).build());
    }
    return page * rows;
  }
}
