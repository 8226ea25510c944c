package io.shoreline.portal.provisioning;

import jakarta.ejb.ApplicationException;

/**
 * A SCIM request refused, with the HTTP status and the RFC 7644 scimType the error body carries.
 * Nothing was changed: the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class ScimException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String scimType;

  public ScimException(int status, String scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  public static ScimException invalidValue(String detail) {
    return new ScimException(400, "invalidValue", detail);
  }

  public static ScimException invalidSyntax(String detail) {
    return new ScimException(400, "invalidSyntax", detail);
  }

  public static ScimException invalidFilter(String detail) {
    return new ScimException(400, "invalidFilter", detail);
  }

  public static ScimException uniqueness(String detail) {
    return new ScimException(409, "uniqueness", detail);
  }

  public static ScimException mutability(String detail) {
    return new ScimException(400, "mutability", detail);
  }

  public static ScimException notFound(String type, Object id) {
    return new ScimException(404, null, type + " " + id + " not found");
  }

  public int status() {
    return status;
  }

  /** Null when the status says it all (404, 412). */
  public String scimType() {
    return scimType;
  }
}
