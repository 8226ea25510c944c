package io.shoreline.portal.web.api;

import io.shoreline.portal.apitokens.UnknownTokenException;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.DatabaseOutage;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.WorkspaceReadOnlyException;
import io.shoreline.portal.web.platform.FailurePage;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's refusals as JSON bodies: a broken rule 400 (in the caller's language, the same text the
 * pages show), a change to a suspended or ended workspace and a concurrent change 409, another
 * tenant's or a missing record 404, a role that may not 403, the database out of reach 503 (with a
 * Retry-After). Nothing was changed in any of them, except perhaps by a 503 whose commit the
 * database stored but never confirmed.
 */
@Provider
public class ApiErrors implements ExceptionMapper<RuntimeException> {

  private static final String BUNDLE = "io.shoreline.portal.web.messages";
  static final String UNAVAILABLE =
      "The portal cannot reach its database just now. Try again in a few seconds; if this request"
          + " saved something, read it back first: the database may have stored it before the"
          + " connection was lost.";

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(RuntimeException failure) {
    if (failure instanceof WorkspaceReadOnlyException readOnly) {
      // the request is well-formed; the workspace's state refuses it (a retry after resuming works)
      return error(409, text(readOnly));
    }
    if (failure instanceof RuleViolation rule) {
      return error(400, text(rule));
    }
    if (failure instanceof ChangedMeanwhileException) {
      return error(409, "Changed meanwhile: read it again.");
    }
    if (failure instanceof UnknownTokenException) {
      // the same answer for no, an unknown and a revoked token
      return Response.fromResponse(error(401, "A valid API token is required."))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shoreline\"")
          .build();
    }
    if (failure instanceof NoSuchRecordException || failure instanceof NoSuchWorkspaceException) {
      return error(404, "Not found.");
    }
    if (failure instanceof NotAllowedException) {
      return error(403, "Not allowed.");
    }
    if (failure instanceof jakarta.ws.rs.WebApplicationException web) {
      return web.getResponse().hasEntity() ? web.getResponse() : withBody(web.getResponse());
    }
    if (failure instanceof jakarta.ws.rs.ProcessingException) {
      // Jersey's JSON-B reader: malformed JSON, or a value of the wrong type for the payload
      return error(400, "The body is not valid JSON for this request; nothing was stored.");
    }
    if (DatabaseOutage.causedBy(failure)) {
      return unavailable(error(503, UNAVAILABLE));
    }
    throw failure;
  }

  /** The answer while the database cannot be reached: wait, then send the request again. */
  public static Response unavailable(Response answer) {
    return Response.fromResponse(answer)
        .header(HttpHeaders.RETRY_AFTER, FailurePage.RETRY_AFTER_SECONDS)
        .build();
  }

  /** Jersey's own refusals (415, 405, 406...) carry no body: the API's JSON error instead. */
  private static Response withBody(Response bare) {
    Response.StatusType status = bare.getStatusInfo();
    return Response.fromResponse(bare) // its headers (Allow, WWW-Authenticate) stay
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorDto(status.getStatusCode(), status.getReasonPhrase() + "."))
        .build();
  }

  static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorDto(status, message))
        .build();
  }

  private String text(RuleViolation rule) {
    Locale locale =
        headers == null || headers.getAcceptableLanguages().isEmpty()
            ? Locale.ENGLISH
            : headers.getAcceptableLanguages().get(0);
    try {
      ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
      return new MessageFormat(texts.getString(rule.key()), locale).format(rule.arguments());
    } catch (MissingResourceException e) {
      return rule.key();
    }
  }
}
