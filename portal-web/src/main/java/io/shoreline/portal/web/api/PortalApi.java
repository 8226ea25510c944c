package io.shoreline.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API's root; its OpenAPI document is served at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shoreline portal API",
            version = "1",
            description = "Shared workspaces of clients and their contact-centre vendors."))
public class PortalApi extends Application {}
