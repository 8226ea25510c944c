package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.training.TrainingFile;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /app/training-file?w=ID&id=ID: one version of a training document, as a download. */
@WebServlet("/app/training-file")
public class TrainingFileDownload extends WorkspaceDownload {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingLibrary library;

  @Override
  void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    TrainingFile file = library.file(Ids.parse(request.getParameter("id"), "training file"));
    send(
        response,
        file.getContentType(),
        AttachmentDownload.disposition(file.getFileName()),
        file.getData());
  }
}
