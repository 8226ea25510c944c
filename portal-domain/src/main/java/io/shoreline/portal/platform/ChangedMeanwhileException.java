package io.shoreline.portal.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record after the caller loaded it: the caller must reload and decide
 * again. Nothing was overwritten.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ChangedMeanwhileException(String type, Object id) {
    super(type + " " + id + " changed meanwhile");
  }

  /** Checks the version the caller saw against the one stored now. */
  public static void check(String type, Object id, long stored, long seen) {
    if (stored != seen) {
      throw new ChangedMeanwhileException(type, id);
    }
  }
}
