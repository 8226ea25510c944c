package io.shoreline.portal.web.visits;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.visits.FindingPhoto;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /app/finding-photo?w=ID&id=ID: a finding's photo, for members of its workspace only, shown
 * inline with the image type its content showed when it was uploaded; sandboxed and never sniffed,
 * so a browser never runs it as anything else.
 */
@WebServlet("/app/finding-photo")
public class FindingPhotoDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;
  @Inject transient Findings findings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      access.openWorkspace(
          Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      FindingPhoto photo = findings.photo(Ids.parse(request.getParameter("id"), "photo"));
      byte[] content = photo.getData();
      response.setContentType(photo.getContentType());
      response.setContentLength(content.length);
      response.setHeader(
          "Content-Disposition",
          AttachmentDownload.disposition(photo.getFileName())
              .replaceFirst("^attachment", "inline"));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
      response.setHeader("Cache-Control", "private, max-age=3600");
      response.getOutputStream().write(content);
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
