package io.shoreline.portal.web.api.identity;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.web.api.ErrorDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's own account. */
@Path("me")
@RequestScoped
public class MeResource {

  @Inject SecurityContext security;
  @Inject Accounts accounts;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The signed-in caller's account")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Response me() {
    Principal caller = security.getCallerPrincipal();
    Optional<Account> account =
        caller == null ? Optional.empty() : accounts.findByEmail(caller.getName());
    return account
        .map(found -> Response.ok(MeDto.of(found)).build())
        .orElseGet(
            () ->
                Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorDto(401, "Sign in first."))
                    .build());
  }
}
