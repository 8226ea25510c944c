package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.TokenFeedReads;
import io.shoreline.portal.apitokens.TokenSubmissions;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.feeds.IngestOutcome;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.api.ErrorDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * POST /api/v1/workspaces/{w}/feeds/{f}/rows: a machine submits rows with an API token that may
 * write the feed. The body is streamed into the validation, never held whole; all of it is stored
 * as one new version, or nothing is.
 */
@Path("workspaces/{w}/feeds/{f}/rows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
    securitySchemeName = FeedRowsResource.TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API token of the workspace (shl_…), made on its API tokens page")
@SecurityRequirement(name = FeedRowsResource.TOKEN)
@APIResponse(
    responseCode = "401",
    description = "No, an unknown or a revoked token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(
    responseCode = "404",
    description = "No such workspace or feed for this token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class FeedRowsResource {

  public static final String TOKEN = "apiToken";
  static final String CSV = "text/csv";
  static final int MAX_ROWS = 1000;

  @Inject TenantAccess access;
  @Inject TokenSubmissions submissions;
  @Inject TokenFeedReads reads;
  @Inject BodyLimit limit;

  @PathParam("w")
  long workspaceId;

  @PathParam("f")
  long feedId;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Submits rows (CSV with a header line, or a JSON array of objects) as a new version")
  @APIResponse(responseCode = "201", description = "Stored as a new version, at its Location")
  @APIResponse(
      responseCode = "200",
      description = "The Idempotency-Key named an earlier submission: its version, nothing stored")
  @APIResponse(
      responseCode = "400",
      description = "Unreadable body (encoding, quoting, JSON syntax) or mode; nothing stored",
      content = @Content(schema = @Schema(implementation = RejectionDto.class)))
  @APIResponse(responseCode = "403", description = "The token may not write this feed")
  @APIResponse(
      responseCode = "409",
      description = "The workspace is suspended or ended (read-only); nothing stored",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "413", description = "Body over PORTAL_API_MAX_BODY_MB; not read")
  @APIResponse(responseCode = "415", description = "Neither text/csv nor application/json in UTF-8")
  @APIResponse(
      responseCode = "422",
      description = "Invalid rows, each with its row, column and reason; nothing stored",
      content = @Content(schema = @Schema(implementation = RejectionDto.class)))
  public Response submit(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      @Parameter(description = "A key of the client's choice; a retry with it stores nothing")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Parameter(description = "merge (default): upsert by key; snapshot: replaces every row")
          @QueryParam("mode")
          @DefaultValue("merge")
          String mode,
      InputStream body) {
    ApiToken token = access.openWorkspaceForTokenChange(workspaceId, Bearer.secret(authorization));
    IngestFormat format = format(contentType);
    IngestMode ingestMode = mode(mode);
    refuseAnnouncedOversize(contentLength);
    BoundedBody bounded = new BoundedBody(body, limit.bytes());
    IngestOutcome outcome;
    try {
      outcome = submissions.submit(token, feedId, bounded, format, ingestMode, idempotencyKey);
    } catch (RuntimeException e) {
      if (bounded.exceeded()) {
        throw tooLarge();
      }
      throw e;
    }
    if (bounded.exceeded()) {
      throw tooLarge(); // the ingest gave up reading (and stored nothing)
    }
    return answer(outcome);
  }

  @GET
  @Operation(summary = "A page of the feed's rows as of a version (the current one by default)")
  @APIResponse(responseCode = "200", description = "The page, by key")
  @APIResponse(responseCode = "400", description = "No such version, or a bad page or size")
  @APIResponse(responseCode = "403", description = "The token may not read this feed")
  public RowsDto rows(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = "A version number; 0 or none: the current one")
          @QueryParam("asOf")
          @DefaultValue("0")
          int asOf,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    ApiToken token = access.openWorkspaceForToken(workspaceId, Bearer.secret(authorization));
    int rows = Paging.size(size, MAX_ROWS);
    TokenFeedReads.RowsPage read = reads.rows(token, feedId, asOf, Paging.first(page, rows), rows);
    return new RowsDto(
        read.version(), read.feed().columns().names(), read.rows(), page, rows, read.total());
  }

  private Response answer(IngestOutcome outcome) {
    if (outcome instanceof IngestOutcome.Accepted accepted) {
      SubmissionDto version = SubmissionDto.of(feedId, accepted);
      if (accepted.replayed()) {
        return Response.ok(version).build();
      }
      return Response.created(
              URI.create(
                  "workspaces/"
                      + workspaceId
                      + "/feeds/"
                      + feedId
                      + "/rows?asOf="
                      + accepted.version()))
          .entity(version)
          .build();
    }
    IngestOutcome.Rejected rejected = (IngestOutcome.Rejected) outcome;
    int status = Unreadable.isUnreadable(rejected) ? 400 : 422;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(RejectionDto.of(status, rejected))
        .build();
  }

  /** CSV or JSON, in UTF-8 if a charset is named at all. */
  private static IngestFormat format(String contentType) {
    MediaType type;
    try {
      type = contentType == null ? null : MediaType.valueOf(contentType);
    } catch (IllegalArgumentException e) {
      type = null;
    }
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (type != null && (charset == null || charset.equalsIgnoreCase("UTF-8"))) {
      if (type.isCompatible(MediaType.valueOf(CSV))) {
        return IngestFormat.CSV;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return IngestFormat.JSON;
      }
    }
    throw refusal(415, "Send text/csv or application/json, in UTF-8.");
  }

  private static IngestMode mode(String mode) {
    try {
      return IngestMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw refusal(400, "mode is merge or snapshot.");
    }
  }

  /** An announced length over the limit is refused before a byte of the body is read. */
  private void refuseAnnouncedOversize(String contentLength) {
    if (contentLength == null) {
      return; // chunked: BoundedBody counts while streaming
    }
    try {
      if (Long.parseLong(contentLength.strip()) > limit.bytes()) {
        throw tooLarge();
      }
    } catch (NumberFormatException e) {
      throw refusal(400, "Content-Length is no number.");
    }
  }

  /**
   * 413, flushed to the client at once: for a chunked body the container would otherwise first read
   * the rest of it (to keep the connection) before sending the answer.
   */
  private WebApplicationException tooLarge() {
    String json =
        "{\"message\":\"The body is larger than "
            + limit.megabytes()
            + " MB; nothing was stored.\",\"status\":413}";
    StreamingOutput flushed =
        out -> {
          out.write(json.getBytes(StandardCharsets.UTF_8));
          out.flush();
        };
    return new WebApplicationException(
        Response.status(413)
            .type(MediaType.APPLICATION_JSON)
            .header("Connection", "close")
            .entity(flushed)
            .build());
  }

  public static WebApplicationException refusal(int status, String message) {
    return new WebApplicationException(
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(new ErrorDto(status, message))
            .build());
  }
}
