package io.shoreline.portal.apitokens;

import jakarta.ejb.ApplicationException;

/**
 * No usable token: none presented, not one the portal issued, or revoked (the API answers 401 and
 * says nothing more, so a guess learns nothing).
 */
@ApplicationException(rollback = true)
public class UnknownTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownTokenException(String why) {
    super(why);
  }
}
