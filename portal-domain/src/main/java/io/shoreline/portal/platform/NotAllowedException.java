package io.shoreline.portal.platform;

import jakarta.ejb.ApplicationException;

/** The caller's role does not allow this (403); nothing was changed. */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(String what) {
    super(what);
  }
}
