package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.threads.AttachmentInspection;
import io.shoreline.portal.threads.InspectedFile;
import io.shoreline.portal.threads.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts a finding's photo only if its bytes are an image within {@code
 * portal.visits.photo-max-mb} (PORTAL_VISITS_PHOTO_MAX_MB, default 10): what the threads'
 * inspection refuses is refused here too, and so is any file that is no image.
 */
@ApplicationScoped
public class PhotoInspection {

  static final int MAX_PHOTOS = 10;

  @Inject
  @ConfigProperty(name = "portal.visits.photo-max-mb", defaultValue = "10")
  int maxMegabytes;

  public InspectedPhoto inspect(Upload upload) {
    InspectedFile file =
        new AttachmentInspection(maxMegabytes * 1024L * 1024L)
            .inspect(upload.fileName(), upload.content());
    if (!file.image()) {
      throw new RuleViolation("visits.photoNotImage", file.contentType());
    }
    return new InspectedPhoto(file, upload.content());
  }

  /** All of them, or the refusal of the first bad one. */
  public List<InspectedPhoto> inspectAll(List<Upload> uploads) {
    if (uploads.size() > MAX_PHOTOS) {
      throw new RuleViolation("visits.tooManyPhotos", MAX_PHOTOS);
    }
    return uploads.stream().map(this::inspect).toList();
  }

  public int getMaxMegabytes() {
    return maxMegabytes;
  }
}
