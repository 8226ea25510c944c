package io.shoreline.portal.threads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height as its header declares them, read without decoding a pixel: a PNG of
 * a few kilobytes may declare 40000×40000 pixels, which the visit report's PDF (and any browser)
 * would try to hold in memory. PNG, JPEG and GIF through {@code javax.imageio}; WebP (which the JDK
 * cannot read) from its VP8, VP8L or VP8X header.
 */
record ImageDimensions(long width, long height) {

  /** The header's dimensions, or empty when the bytes hold no header this can read. */
  static Optional<ImageDimensions> of(String contentType, byte[] content) {
    try {
      return contentType.equals("image/webp")
          ? webp(content)
          : Optional.ofNullable(imageIo(content));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  long pixels() {
    return width * height;
  }

  private static ImageDimensions imageIo(byte[] content) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true); // metadata ignored: only the header is read
        return new ImageDimensions(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  /** RIFF, size, "WEBP", then the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended). */
  private static Optional<ImageDimensions> webp(byte[] b) {
    if (b.length < 30) {
      return Optional.empty();
    }
    String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    switch (chunk) {
      case "VP8 ":
        // a key frame: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height
        if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
          return Optional.empty();
        }
        return Optional.of(new ImageDimensions(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff));
      case "VP8L":
        if ((b[20] & 0xff) != 0x2f) {
          return Optional.empty();
        }
        long bits =
            (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
        return Optional.of(new ImageDimensions((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1));
      case "VP8X":
        return Optional.of(new ImageDimensions(le24(b, 24) + 1, le24(b, 27) + 1));
      default:
        return Optional.empty();
    }
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long le24(byte[] b, int at) {
    return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16;
  }
}
