package io.shoreline.portal.threads;

import io.shoreline.portal.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * Accepts an uploaded file by what its bytes are, not by what its name claims: a program renamed
 * "photo.png" is still a program.
 */
public final class AttachmentInspection {

  private static final long MEGABYTE = 1024L * 1024L;

  /**
   * The most pixels an image may have (50 megapixels: a 45 MP camera's photo passes), and the
   * longest side: a larger image is a decompression bomb for the visit report's PDF and browsers.
   */
  static final long MAX_PIXELS = 50_000_000L;

  static final long MAX_SIDE = 20_000L;

  /** The anti-virus test file: uploading it must show that malware is refused. */
  private static final byte[] EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
          .getBytes(StandardCharsets.US_ASCII);

  /** Stricter than the standard (the file starts with it): anywhere this far in is refused. */
  private static final int EICAR_SCAN_LENGTH = 64 * 1024;

  /** Detects from the bytes only: no file name is ever handed to it. */
  private static final Tika TIKA = new Tika();

  private final long maxBytes;

  public AttachmentInspection(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The file as it may be stored, or a {@link RuleViolation} saying why it may not. */
  public InspectedFile inspect(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new RuleViolation("attachments.empty");
    }
    if (content.length > maxBytes) {
      throw new RuleViolation("attachments.tooLarge", maxBytes / MEGABYTE);
    }
    if (containsEicar(content)) {
      throw new RuleViolation("attachments.malware");
    }
    String fileName = AttachmentNames.clean(originalName);
    String detected = MediaType.parse(TIKA.detect(content)).getBaseType().toString();
    String contentType =
        AttachmentTypes.allowed(detected, AttachmentNames.extension(fileName))
            .orElseThrow(() -> new RuleViolation("attachments.typeNotAllowed", detected));
    boolean image = AttachmentTypes.IMAGES.contains(contentType);
    if (image) {
      refuseOversizedImage(contentType, content);
    }
    return new InspectedFile(fileName, contentType, content.length, image, sha256Hex(content));
  }

  /** Reads the header only: the pixels of a bomb are never decoded. */
  private static void refuseOversizedImage(String contentType, byte[] content) {
    ImageDimensions size =
        ImageDimensions.of(contentType, content)
            .orElseThrow(() -> new RuleViolation("attachments.imageUnreadable", contentType));
    if (size.width() <= 0
        || size.height() <= 0
        || size.width() > MAX_SIDE
        || size.height() > MAX_SIDE
        || size.pixels() > MAX_PIXELS) {
      throw new RuleViolation(
          "attachments.imageTooLarge",
          size.width(),
          size.height(),
          MAX_PIXELS / 1_000_000,
          MAX_SIDE);
    }
  }

  private static boolean containsEicar(byte[] content) {
    int last = Math.min(content.length, EICAR_SCAN_LENGTH) - EICAR.length;
    for (int start = 0; start <= last; start++) {
      if (Arrays.equals(content, start, start + EICAR.length, EICAR, 0, EICAR.length)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
