package io.shoreline.bench.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The trivial JAX-RS endpoint: what one request through Jersey on this server costs with no
 * application work (no database, no authentication, no serialization of a model).
 */
@Path("ping")
public class PingResource {

  private static final String PONG = "{\"status\":\"ok\"}";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String ping() {
    return PONG;
  }
}
