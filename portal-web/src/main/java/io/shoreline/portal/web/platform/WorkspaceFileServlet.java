package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A GET that serves a file of the workspace named in "w", to its members only: another workspace's
 * record, or a workspace the caller is not a member of, is not found (404), as is an unknown id.
 */
public abstract class WorkspaceFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;

  /** Writes the file; the workspace is open for the caller. */
  protected abstract void serve(
      Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Membership member =
          access.openWorkspace(
              Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      serve(member, request, response);
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** The whole body, made before anything is sent, never sniffed as another type. */
  protected static void send(
      HttpServletResponse response, String contentType, String disposition, byte[] body)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(body);
  }
}
