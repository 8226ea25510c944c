package io.shoreline.bench.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The reference's JAX-RS resources, under /reference/api as the portal's are under /api. */
@ApplicationPath("api")
public class ReferenceApi extends Application {}
