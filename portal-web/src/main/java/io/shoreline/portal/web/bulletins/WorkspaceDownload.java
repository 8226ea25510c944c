package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.platform.Ids;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A GET that serves a file of the workspace named in "w" to its members only: another workspace's
 * record, a workspace the caller is not in, or an unknown id is not found (404). Like the visits'
 * downloads, whose base class is package-private there.
 */
abstract class WorkspaceDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;

  /** Writes the file; the workspace is open for the caller. */
  abstract void serve(HttpServletRequest request, HttpServletResponse response) throws IOException;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      access.openWorkspace(
          Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      serve(request, response);
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (EJBException e) {
      if (e.getCause() instanceof NoSuchRecordException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        throw e;
      }
    }
  }

  /** The whole body, made before anything is sent, never sniffed as another type. */
  static void send(
      HttpServletResponse response, String contentType, String disposition, byte[] body)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.getOutputStream().write(body);
  }
}
