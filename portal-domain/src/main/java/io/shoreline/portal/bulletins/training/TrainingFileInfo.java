package io.shoreline.portal.bulletins.training;

import java.time.Instant;

/** A revision of a training file as listed: everything but its bytes. */
public record TrainingFileInfo(
    long id,
    int revision,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant uploadedAt,
    String uploadedBy) {

  public long getId() {
    return id;
  }

  public int getRevision() {
    return revision;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
