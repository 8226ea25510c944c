package io.shoreline.portal.visits;

/** A photo without its bytes: what pages list. */
public record PhotoInfo(long id, long findingId, String fileName, String contentType, long size) {

  public long getId() {
    return id;
  }

  public long getFindingId() {
    return findingId;
  }

  public String getFileName() {
    return fileName;
  }
}
