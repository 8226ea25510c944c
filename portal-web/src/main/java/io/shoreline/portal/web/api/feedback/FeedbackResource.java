package io.shoreline.portal.web.api.feedback;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.TokenFeedback;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.FeedbackRecorder;
import io.shoreline.portal.scorecards.feedback.FeedbackRefused;
import io.shoreline.portal.scorecards.feedback.FieldProblem;
import io.shoreline.portal.scorecards.feedback.Recorded;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.api.ErrorDto;
import io.shoreline.portal.web.api.feeds.Bearer;
import io.shoreline.portal.web.api.feeds.FeedRowsResource;
import io.shoreline.portal.web.api.feeds.ListDto;
import io.shoreline.portal.web.api.feeds.Paging;
import io.shoreline.portal.web.api.feeds.ProblemDto;
import io.shoreline.portal.web.api.feeds.RejectionDto;
import jakarta.ejb.EJBException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * POST and GET /api/v1/workspaces/{w}/feedback: a vendor's system records customer feedback (one
 * item, or up to {@value #MAX_ITEMS} in one array, stored all or none) and reads it back, with an
 * API token of the vendor that has the feedback scope. Another workspace is not found (404), a
 * token without the scope is refused (403).
 */
@Path("workspaces/{w}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = FeedRowsResource.TOKEN)
@APIResponse(
    responseCode = "401",
    description = "No, an unknown or a revoked token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "403", description = "The token may not record feedback")
@APIResponse(
    responseCode = "404",
    description = "No such workspace for this token",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class FeedbackResource {

  static final int MAX_ITEMS = 500;
  static final int MAX_PAGE = 200;

  @Inject TenantAccess access;
  @Inject TokenFeedback feedback;
  @Inject FeedbackBody bodies;
  @Inject TimeSource time;

  @Context HttpHeaders headers;

  @PathParam("w")
  long workspaceId;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Records one feedback item (a JSON object) or a batch (an array of up to 500), all or"
              + " none")
  @APIResponse(
      responseCode = "201",
      description = "Stored; the items as stored, in the order sent",
      content = @Content(schema = @Schema(implementation = RecordedDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "Every item's key named an item stored before: those, nothing stored")
  @APIResponse(
      responseCode = "400",
      description = "Not JSON, not an object or array of objects, empty, or too many items",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(
      responseCode = "409",
      description = "The workspace is suspended or ended (read-only); nothing stored")
  @APIResponse(responseCode = "413", description = "Body over the limit; nothing stored")
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid items, each problem with its item (from 1), field and reason; nothing"
              + " stored",
      content = @Content(schema = @Schema(implementation = RejectionDto.class)))
  public Response record(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(
              description =
                  "A key of the client's choice for an item without its own idempotencyKey (with"
                      + " \"/n\" for the n-th of a batch); a retry is answered from the stored"
                      + " items")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      InputStream body) {
    ApiToken token = access.openWorkspaceForTokenChange(workspaceId, Bearer.secret(authorization));
    feedback.requireScope(token);
    FeedbackJson.Batch batch =
        FeedbackJson.read(
            bodies.objects(body, MAX_ITEMS), idempotencyKey, FeedbackRecorder.today(time.now()));
    if (!batch.problems().isEmpty()) {
      return refused(batch.problems());
    }
    List<Recorded> recorded;
    try {
      recorded = store(token, batch);
    } catch (FeedbackRefused refused) {
      return refused(refused.problems());
    }
    int replayed = (int) recorded.stream().filter(Recorded::replayed).count();
    RecordedDto stored =
        new RecordedDto(
            recorded.stream().map(each -> FeedbackItemDto.of(each.item())).toList(), replayed);
    return Response.status(replayed == recorded.size() ? 200 : 201).entity(stored).build();
  }

  /**
   * Stores the batch; when a call with the same keys stored them at the same moment (the unique key
   * refused this one), once more: now it is answered from what that call stored.
   */
  private List<Recorded> store(ApiToken token, FeedbackJson.Batch batch) {
    try {
      return feedback.record(token, batch.items());
    } catch (EJBException raced) {
      if (batch.items().stream().allMatch(item -> item.idempotencyKey() == null)) {
        throw raced;
      }
      return feedback.record(token, batch.items());
    }
  }

  @GET
  @Operation(summary = "A page of the feedback items, latest received first")
  @APIResponse(responseCode = "200", description = "The page")
  @APIResponse(responseCode = "400", description = "A bad date, page or size")
  public ListDto<FeedbackItemDto> list(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = "First day received (yyyy-MM-dd), inclusive") @QueryParam("from")
          String from,
      @Parameter(description = "Last day received (yyyy-MM-dd), inclusive") @QueryParam("to")
          String to,
      @QueryParam("topic") String topic,
      @Parameter(description = "true: only the items flagged for the client's attention")
          @QueryParam("flagged")
          @DefaultValue("false")
          boolean flagged,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    ApiToken token = access.openWorkspaceForToken(workspaceId, Bearer.secret(authorization));
    int rows = Paging.size(size, MAX_PAGE);
    FeedbackFilter filter =
        new FeedbackFilter(day(from, "from"), day(to, "to"), topic, null, null, flagged, null);
    List<FeedbackItemDto> items =
        feedback.page(token, filter, Paging.first(page, rows), rows).stream()
            .map(FeedbackItemDto::of)
            .toList();
    return new ListDto<>(items, page, rows, feedback.count(token, filter));
  }

  private Response refused(Map<Integer, List<FieldProblem>> problems) {
    List<ProblemDto> all = new ArrayList<>();
    problems.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                entry
                    .getValue()
                    .forEach(
                        problem -> all.add(ProblemTexts.of(entry.getKey() + 1, problem, headers))));
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            new RejectionDto(422, "Some items are invalid; nothing was stored.", all.size(), all))
        .build();
  }

  private static LocalDate day(String text, String name) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw FeedRowsResource.refusal(400, name + " is a day like 2026-11-20.");
    }
  }
}
