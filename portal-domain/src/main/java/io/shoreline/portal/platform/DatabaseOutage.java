package io.shoreline.portal.platform;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a failure to reach the database (stopped, restarting, unreachable, or gone in the middle of
 * a commit) from every other failure: the first is answered "try again in a moment" (503), not
 * "something went wrong" (500).
 */
public final class DatabaseOutage {

  /** SQL state class 08: connection exception (SQL standard, used by Connector/J and MariaDB). */
  private static final String CONNECTION_STATE_CLASS = "08";

  /** Payara's pool when it cannot open a connection (the driver's cause is not always kept). */
  private static final String POOL_ALLOCATION = "Error in allocating a connection";

  /** How deep a cause chain is followed (a chain that loops must still end). */
  private static final int MAX_DEPTH = 40;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (isConnectionFailure(cause)) {
        return true;
      }
      cause = next(cause);
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable failure) {
    if (failure instanceof SQLTransientConnectionException
        || failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLRecoverableException
        || failure instanceof ConnectException
        // a commit the database did not answer: the transaction manager keeps only the message
        || failure instanceof SystemException
        || failure instanceof XAException) {
      return true;
    }
    if (failure instanceof SQLException sql) {
      String state = sql.getSQLState();
      String message = sql.getMessage();
      return (state != null && state.startsWith(CONNECTION_STATE_CLASS))
          || (message != null && message.startsWith(POOL_ALLOCATION));
    }
    return false;
  }

  private static Throwable next(Throwable failure) {
    // EclipseLink keeps the driver's exception as its "internal exception", not always its cause
    if (failure instanceof EclipseLinkException eclipseLink
        && eclipseLink.getInternalException() != null
        && eclipseLink.getInternalException() != failure) {
      return eclipseLink.getInternalException();
    }
    if (failure instanceof SQLException sql && sql.getNextException() != null) {
      return failure.getCause() != null ? failure.getCause() : sql.getNextException();
    }
    return failure.getCause() == failure ? null : failure.getCause();
  }
}
