package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.BulletinFile;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /app/bulletin-file?w=ID&id=ID: a bulletin's attachment, always as a download. */
@WebServlet("/app/bulletin-file")
public class BulletinFileDownload extends WorkspaceDownload {

  private static final long serialVersionUID = 1L;

  @Inject transient Bulletins bulletins;

  @Override
  void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    BulletinFile file = bulletins.attachment(Ids.parse(request.getParameter("id"), "bulletin"));
    send(
        response,
        file.getContentType(),
        AttachmentDownload.disposition(file.getFileName()),
        file.getData());
  }
}
