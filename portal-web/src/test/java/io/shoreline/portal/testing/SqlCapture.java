package io.shoreline.portal.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Records the SQL EclipseLink sends, inside the server: a listener on the server session, which
 * every transaction's client session copies when it starts.
 */
public final class SqlCapture extends SessionEventAdapter implements AutoCloseable {

  private final Server server;
  private final List<String> statements = new CopyOnWriteArrayList<>();

  private SqlCapture(Server server) {
    this.server = server;
    server.getEventManager().addListener(this);
  }

  public static SqlCapture start(EntityManagerFactory factory) {
    return new SqlCapture(factory.unwrap(Server.class));
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    if (event.getCall() instanceof DatabaseCall call) {
      statements.add(call.getSQLString());
    }
  }

  public List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public void close() {
    server.getEventManager().removeListener(this);
  }
}
