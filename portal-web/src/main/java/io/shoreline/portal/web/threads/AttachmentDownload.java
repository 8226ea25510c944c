package io.shoreline.portal.web.threads;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Attachment;
import io.shoreline.portal.threads.Attachments;
import io.shoreline.portal.web.platform.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /app/attachment?w=ID&id=ID: a post's file, for members of its workspace only, always as a
 * download (an image preview is an img element, which ignores that) with the type its content
 * showed, so a browser never runs what someone uploaded.
 */
@WebServlet("/app/attachment")
public class AttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;
  @Inject transient Attachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      access.openWorkspace(
          Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      Attachment file = attachments.find(Ids.parse(request.getParameter("id"), "attachment"));
      response.setContentType(file.getContentType());
      response.setContentLengthLong(file.getSizeBytes());
      response.setHeader("Content-Disposition", disposition(file.getFileName()));
      response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
      response.setHeader("Cache-Control", "private, max-age=3600");
      attachments.copy(file, response.getOutputStream());
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** RFC 6266: an ASCII fallback and the exact name in UTF-8. */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
