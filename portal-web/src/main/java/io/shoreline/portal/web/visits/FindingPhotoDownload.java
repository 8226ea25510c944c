package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.visits.FindingPhoto;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /app/finding-photo?w=ID&id=ID: a finding's photo, shown inline with the image type its
 * content showed when it was uploaded; sandboxed and never sniffed, so a browser never runs it as
 * anything else.
 */
@WebServlet("/app/finding-photo")
public class FindingPhotoDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Findings findings;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FindingPhoto photo = findings.photo(Ids.parse(request.getParameter("id"), "photo"));
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader("Cache-Control", "private, max-age=3600");
    send(
        response,
        photo.getContentType(),
        AttachmentDownload.disposition(photo.getFileName()).replaceFirst("^attachment", "inline"),
        photo.getData());
  }
}
