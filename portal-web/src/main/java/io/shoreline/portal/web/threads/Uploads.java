package io.shoreline.portal.web.threads;

import io.shoreline.portal.threads.Upload;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/** What the browser sent in a file field, as the domain takes it. */
public final class Uploads {

  private Uploads() {}

  public static List<Upload> of(UploadedFiles files) {
    if (files == null || files.getFiles() == null) {
      return List.of();
    }
    return files.getFiles().stream()
        .filter(file -> file.getFileName() != null && !file.getFileName().isBlank())
        .map(Uploads::of)
        .toList();
  }

  private static Upload of(UploadedFile file) {
    return new Upload(file.getFileName(), file.getContent());
  }
}
