package io.shoreline.portal.web.corpora;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Hostile files made in memory: real images carrying something else, decompression bombs, programs,
 * the anti-virus test file. Nothing here is committed: the bombs are small to send but would be
 * huge to hold, and a file of the test tree that an anti-virus flags breaks checkouts.
 */
final class HostileFiles {

  /**
   * The EICAR anti-virus test file, assembled at run time (javac would join two literals) so that
   * neither this source nor its class file is itself flagged.
   */
  static final byte[] EICAR =
      new StringBuilder("X5O!P%@AP[4\\PZX54(P^)7CC)7}$")
          .append("EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
          .toString()
          .getBytes(US_ASCII);

  private HostileFiles() {}

  static byte[] ascii(String text) {
    return text.getBytes(UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A small real image of the format ImageIO names ("png", "jpeg", "gif"). */
  static byte[] image(String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real JPEG whose comment segment (COM, right after SOI) holds this text. */
  static byte[] jpegWithComment(String comment) {
    byte[] jpeg = image("jpeg");
    byte[] text = ascii(comment);
    byte[] segment = new byte[4 + text.length];
    segment[0] = (byte) 0xFF;
    segment[1] = (byte) 0xFE;
    segment[2] = (byte) ((text.length + 2) >> 8);
    segment[3] = (byte) (text.length + 2);
    System.arraycopy(text, 0, segment, 4, text.length);
    byte[] soi = {jpeg[0], jpeg[1]};
    byte[] rest = java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length);
    return concat(soi, segment, rest);
  }

  /**
   * A valid PNG declaring {@code width}×{@code height} black-and-white pixels, all black: a few
   * kilobytes that a viewer expands to width×height pixels.
   */
  static byte[] pixelBomb(int width, int height) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
      ihdr.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
      chunk(png, "IHDR", ihdr.array());
      ByteArrayOutputStream idat = new ByteArrayOutputStream();
      try (DeflaterOutputStream deflate =
          new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
        byte[] row = new byte[(width + 7) / 8 + 1]; // filter byte 0, then the row's pixels
        for (int y = 0; y < height; y++) {
          deflate.write(row);
        }
      }
      chunk(png, "IDAT", idat.toByteArray());
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A WebP whose extended (VP8X) header declares this canvas. */
  static byte[] webpCanvas(int width, int height) {
    byte[] webp = new byte[40];
    byte[] header = ascii("RIFF\0\0\0\0WEBPVP8X");
    System.arraycopy(header, 0, webp, 0, header.length);
    webp[4] = (byte) (webp.length - 8);
    webp[16] = 10;
    for (int i = 0; i < 3; i++) {
      webp[24 + i] = (byte) ((width - 1) >> (8 * i));
      webp[27 + i] = (byte) ((height - 1) >> (8 * i));
    }
    return webp;
  }

  /** A zip of these entries; each entry's content given, stored (not deflated) when asked. */
  static byte[] zip(boolean stored, Object... namesAndContents) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
          byte[] content = (byte[]) namesAndContents[i + 1];
          ZipEntry entry = new ZipEntry((String) namesAndContents[i]);
          if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
          }
          zip.putNextEntry(entry);
          zip.write(content);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A zip whose one big entry of zeros inflates to {@code megabytes} MB (about a thousand times its
   * size), after the given small entries.
   */
  static byte[] zipBomb(int megabytes, String bigEntry, Object... smallEntries) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (int i = 0; i < smallEntries.length; i += 2) {
          zip.putNextEntry(new ZipEntry((String) smallEntries[i]));
          zip.write((byte[]) smallEntries[i + 1]);
          zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(bigEntry));
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a 32-bit Windows program: DOS header, stub, then the PE signature. */
  static byte[] windowsExecutable() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    byte[] stub = ascii("This program cannot be run in DOS mode.\r\r\n$");
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    byte[] pe = {'P', 'E', 0, 0, 0x4c, 0x01, 0x03, 0x00};
    System.arraycopy(pe, 0, exe, 0x80, pe.length);
    return exe;
  }

  /** The start of a 64-bit Linux program. */
  static byte[] elfExecutable() {
    byte[] elf = new byte[512];
    byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(header, 0, elf, 0, header.length);
    elf[16] = 2; // ET_EXEC
    elf[18] = 0x3e; // x86-64
    return elf;
  }

  /** A small PDF whose open action runs JavaScript. */
  static byte[] pdfWithJavaScript() {
    return ascii(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + "3 0 obj\n<< /S /JavaScript /JS (app.alert\\('pdf'\\);) >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    CRC32 crc = new CRC32();
    byte[] name = ascii(type);
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
