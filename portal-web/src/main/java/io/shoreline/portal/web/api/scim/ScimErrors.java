package io.shoreline.portal.web.api.scim;

import io.shoreline.portal.apitokens.UnknownTokenException;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.DatabaseOutage;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.provisioning.ScimException;
import io.shoreline.portal.web.api.ApiErrors;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every SCIM refusal in RFC 7644's error format (3.12): the Error schema, the status as a string, a
 * scimType where one applies, a detail. Registered in the SCIM servlet only ({@link ScimFeature}),
 * so the portal's API keeps its own format.
 */
public class ScimErrors implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(ScimErrors.class.getName());
  private static final String BUNDLE = "io.shoreline.portal.web.messages";
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  @Override
  public Response toResponse(RuntimeException failure) {
    if (failure instanceof ScimException scim) {
      return error(scim.status(), scim.scimType(), scim.getMessage());
    }
    if (failure instanceof UnknownTokenException) {
      return Response.fromResponse(error(401, null, "A valid SCIM token is required."))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shoreline-scim\"")
          .build();
    }
    if (failure instanceof NoSuchRecordException) {
      return error(404, null, "Not found.");
    }
    if (failure instanceof ChangedMeanwhileException) {
      return error(409, null, "Changed meanwhile: read it again.");
    }
    if (failure instanceof RuleViolation rule) {
      return error(400, "invalidValue", text(rule));
    }
    if (failure instanceof NotAllowedException) {
      return error(403, null, "Not allowed.");
    }
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return error(status, null, Response.Status.fromStatusCode(status) + "");
    }
    if (raceOnAUniqueKey(failure)) {
      // two requests made the same userName or externalId at once: the database kept one
      return error(409, "uniqueness", "Made meanwhile by another request.");
    }
    if (DatabaseOutage.causedBy(failure)) {
      return ApiErrors.unavailable(error(503, null, "The database is out of reach; try again."));
    }
    LOG.log(Level.SEVERE, "SCIM request failed", failure);
    return error(500, null, "The request failed; nothing was changed.");
  }

  private static boolean raceOnAUniqueKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  /** The rule's sentence in English: the reader is an identity provider's log. */
  private static String text(RuleViolation rule) {
    try {
      ResourceBundle texts =
          ResourceBundle.getBundle(
              BUNDLE,
              Locale.ROOT,
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
      return new MessageFormat(texts.getString(rule.key()), Locale.ENGLISH)
          .format(rule.arguments());
    } catch (MissingResourceException e) {
      return rule.key();
    }
  }

  static Response error(int status, String scimType, String detail) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ERROR))
            .add("status", String.valueOf(status))
            .add("detail", detail == null ? "" : detail);
    if (scimType != null) {
      body.add("scimType", scimType);
    }
    return Response.status(status)
        .type(ScimMedia.SCIM_JSON)
        .entity(body.build().toString())
        .build();
  }
}
