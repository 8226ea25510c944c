package io.shoreline.portal.platform;

import jakarta.ejb.ApplicationException;

/**
 * No such record for this caller: it does not exist, or it belongs to another tenant, which must
 * look the same (404). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class NoSuchRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoSuchRecordException(String type, Object id) {
    super("No " + type + " " + id);
  }
}
