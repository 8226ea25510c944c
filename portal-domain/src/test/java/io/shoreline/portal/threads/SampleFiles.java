package io.shoreline.portal.threads;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real file content, built in memory, for tests that type files by their bytes. */
final class SampleFiles {

  private SampleFiles() {}

  static byte[] image(String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** A RIFF container holding a lossless WebP chunk: what Tika's magic looks at. */
  static byte[] webp() {
    byte[] webp = new byte[40];
    byte[] header = "RIFF\0\0\0\0WEBPVP8L".getBytes(US_ASCII);
    System.arraycopy(header, 0, webp, 0, header.length);
    webp[4] = (byte) (webp.length - 8); // RIFF size: what follows the size field
    webp[20] = 0x2f; // the VP8L signature, then 14 bits each of width - 1 and height - 1: 4×3
    int size = 3 | 2 << 14;
    webp[21] = (byte) size;
    webp[22] = (byte) (size >> 8);
    webp[23] = (byte) (size >> 16);
    return webp;
  }

  /** A WebP whose extended (VP8X) header declares this canvas. */
  static byte[] webpCanvas(int width, int height) {
    byte[] webp = new byte[40];
    byte[] header = "RIFF\0\0\0\0WEBPVP8X".getBytes(US_ASCII);
    System.arraycopy(header, 0, webp, 0, header.length);
    webp[4] = (byte) (webp.length - 8);
    webp[16] = 10; // chunk size
    for (int i = 0; i < 3; i++) {
      webp[24 + i] = (byte) ((width - 1) >> (8 * i));
      webp[27 + i] = (byte) ((height - 1) >> (8 * i));
    }
    return webp;
  }

  /**
   * A valid PNG declaring {@code side}×{@code side} black-and-white pixels, all black: a few
   * kilobytes that a viewer expands to side² pixels (a decompression bomb). One bit a pixel keeps
   * the making quick; written chunk by chunk, never held as an image.
   */
  static byte[] pixelBomb(int side) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13);
    ihdr.putInt(side).putInt(side).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream deflate =
        new java.util.zip.DeflaterOutputStream(
            idat, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
      byte[] row = new byte[(side + 7) / 8 + 1]; // filter byte 0, then the row's pixels
      for (int y = 0; y < side; y++) {
        deflate.write(row);
      }
    }
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] name = type.getBytes(US_ASCII);
    crc.update(name);
    crc.update(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** The start of a 32-bit Windows program: DOS header, stub, then the PE signature. */
  static byte[] windowsExecutable() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80; // e_lfanew: where the PE header starts
    byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    byte[] pe = {'P', 'E', 0, 0, 0x4c, 0x01, 0x03, 0x00}; // i386, three sections
    System.arraycopy(pe, 0, exe, 0x80, pe.length);
    return exe;
  }

  /** An OLE2 compound file header, the container of .doc, .xls and .ppt. */
  static byte[] oleCompoundFile() {
    byte[] ole = new byte[1024];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, ole, 0, signature.length);
    ole[0x1c] = (byte) 0xFE; // byte order mark
    ole[0x1d] = (byte) 0xFF;
    return ole;
  }

  /** Laid out like a real Office Open XML package: the content types come first. */
  static byte[] ooxml(String mainPart) throws IOException {
    return zip("[Content_Types].xml", "_rels/.rels", mainPart);
  }

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
