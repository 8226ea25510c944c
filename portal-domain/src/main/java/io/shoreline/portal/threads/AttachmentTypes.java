package io.shoreline.portal.threads;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The types of file a thread accepts, named by content; Office documents also by extension. */
final class AttachmentTypes {

  static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  /** HTML and SVG are left out on purpose: a browser would run their scripts. */
  private static final Set<String> OTHERS = Set.of("application/pdf", "text/plain");

  /**
   * Tika core alone sees only the container of an Office document (a ZIP with [Content_Types].xml
   * first, or an OLE2 compound file); the extension says which document it is.
   */
  private static final String OOXML = "application/x-tika-ooxml";

  private static final String OLE2 = "application/x-tika-msoffice";

  private static final Map<String, String> OOXML_TYPES =
      Map.of(
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

  private static final Map<String, String> OLE2_TYPES =
      Map.of(
          "doc", "application/msword",
          "xls", "application/vnd.ms-excel",
          "ppt", "application/vnd.ms-powerpoint");

  private AttachmentTypes() {}

  /** The content type to store and serve, if the detected type is allowed for this extension. */
  static Optional<String> allowed(String detectedType, String extension) {
    if (IMAGES.contains(detectedType) || OTHERS.contains(detectedType)) {
      return Optional.of(detectedType);
    }
    return Optional.ofNullable(officeType(detectedType, extension));
  }

  private static String officeType(String detectedType, String extension) {
    String ooxml = OOXML_TYPES.get(extension);
    String ole2 = OLE2_TYPES.get(extension);
    // a full Tika (with its parsers) names the document itself: accept that too
    if (ooxml != null && (detectedType.equals(OOXML) || detectedType.equals(ooxml))) {
      return ooxml;
    }
    if (ole2 != null && (detectedType.equals(OLE2) || detectedType.equals(ole2))) {
      return ole2;
    }
    return null;
  }
}
