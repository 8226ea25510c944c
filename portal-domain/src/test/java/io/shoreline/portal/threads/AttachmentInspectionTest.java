package io.shoreline.portal.threads;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shoreline.portal.platform.RuleViolation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AttachmentInspectionTest {

  private static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  private final AttachmentInspection inspection = new AttachmentInspection(64 * 1024);

  @Test
  void acceptsAPngAsAnImage() throws IOException {
    byte[] png = SampleFiles.image("png");

    InspectedFile inspected = inspection.inspect("chart.png", png);

    assertThat(inspected)
        .extracting(InspectedFile::fileName, InspectedFile::contentType, InspectedFile::size)
        .containsExactly("chart.png", "image/png", (long) png.length);
    assertThat(inspected.image()).isTrue();
    assertThat(inspected.sha256Hex()).matches("[0-9a-f]{64}");
  }

  @Test
  void typesImagesByContentNotByName() throws IOException {
    InspectedFile jpeg = inspection.inspect("scan.png", SampleFiles.image("jpeg"));

    assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
    assertThat(jpeg.image()).isTrue();
    assertThat(inspection.inspect("anim", SampleFiles.image("gif")).contentType())
        .isEqualTo("image/gif");
    assertThat(inspection.inspect("x.webp", SampleFiles.webp()).contentType())
        .isEqualTo("image/webp");
  }

  @Test
  void acceptsPdfAndPlainText() {
    byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(UTF_8);
    byte[] csv = "site,agents\nCasablanca,42\nManila,37\n".getBytes(UTF_8);

    assertThat(inspection.inspect("report.pdf", pdf).contentType()).isEqualTo("application/pdf");
    InspectedFile text = inspection.inspect("roster.csv", csv);
    assertThat(text.contentType()).isEqualTo("text/plain");
    assertThat(text.image()).isFalse();
  }

  @Test
  void hashesTheContent() {
    assertThat(inspection.inspect("abc.txt", "abc".getBytes(US_ASCII)).sha256Hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void refusesNothing() {
    assertThat(refusal("a.txt", new byte[0]).key()).isEqualTo("attachments.empty");
    assertThat(refusal("a.txt", null).key()).isEqualTo("attachments.empty");
  }

  @Test
  void refusesWhatIsTooLarge() {
    AttachmentInspection small = new AttachmentInspection(1024);

    assertThat(small.inspect("a.txt", text(1024)).size()).isEqualTo(1024);
    assertThat(catchThrowableOfType(RuleViolation.class, () -> small.inspect("a.txt", text(1025))))
        .extracting(RuleViolation::key)
        .isEqualTo("attachments.tooLarge");
  }

  @Test
  void namesTheLimitInWholeMegabytes() {
    AttachmentInspection twoMegabytes = new AttachmentInspection(2 * 1024 * 1024);

    RuleViolation refusal =
        catchThrowableOfType(
            RuleViolation.class, () -> twoMegabytes.inspect("a.txt", text(2 * 1024 * 1024 + 1)));

    assertThat(refusal.key()).isEqualTo("attachments.tooLarge");
    assertThat(refusal.arguments()).containsExactly(2L);
  }

  @Test
  void refusesTheAntivirusTestFile() {
    assertThat(refusal("eicar.com", EICAR.getBytes(US_ASCII)).key())
        .isEqualTo("attachments.malware");
    assertThat(refusal("eicar.txt", (EICAR + "\r\n").getBytes(US_ASCII)).key())
        .isEqualTo("attachments.malware");
  }

  @Test
  void refusesTheAntivirusTestSignatureInsideAFile() {
    byte[] content = ("notes\n".repeat(1000) + EICAR + "\nmore notes").getBytes(US_ASCII);

    assertThat(refusal("notes.txt", content).key()).isEqualTo("attachments.malware");
  }

  @Test
  void refusesAProgramNamedLikeAnImage() {
    RuleViolation refusal = refusal("photo.png", SampleFiles.windowsExecutable());

    assertThat(refusal.key()).isEqualTo("attachments.typeNotAllowed");
    assertThat(refusal.arguments()).containsExactly("application/x-msdownload");
  }

  @Test
  void refusesHtmlNamedLikeText() {
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(UTF_8);

    assertThat(refusal("notes.txt", html).arguments()).containsExactly("text/html");
  }

  @Test
  void refusesSvgForTheScriptItCanHold() {
    byte[] svg =
        ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>")
            .getBytes(UTF_8);

    assertThat(refusal("logo.svg", svg).arguments()).containsExactly("image/svg+xml");
  }

  @Test
  void acceptsOfficeDocumentsByContainerAndExtension() throws IOException {
    InspectedFile docx = inspection.inspect("Minutes.DOCX", SampleFiles.ooxml("word/document.xml"));
    InspectedFile xls = inspection.inspect("budget.xls", SampleFiles.oleCompoundFile());

    assertThat(docx.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(inspection.inspect("plan.xlsx", SampleFiles.ooxml("xl/workbook.xml")).contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xls.contentType()).isEqualTo("application/vnd.ms-excel");
    assertThat(docx.image()).isFalse();
  }

  @Test
  void refusesOfficeContainersUnderOtherNames() throws IOException {
    assertThat(refusal("report.pdf", SampleFiles.ooxml("word/document.xml")).arguments())
        .containsExactly("application/x-tika-ooxml");
    assertThat(refusal("budget.xlsx", SampleFiles.oleCompoundFile()).arguments())
        .containsExactly("application/x-tika-msoffice");
    assertThat(refusal("budget.doc", SampleFiles.ooxml("word/document.xml")).key())
        .isEqualTo("attachments.typeNotAllowed");
  }

  @Test
  void refusesPlainZipArchivesWhateverTheirName() throws IOException {
    byte[] zip = SampleFiles.zip("readme.txt", "run.exe");

    assertThat(refusal("archive.zip", zip).arguments()).containsExactly("application/zip");
    assertThat(refusal("minutes.docx", zip).arguments()).containsExactly("application/zip");
  }

  @Test
  void keepsOnlyTheNameOfAPath() {
    byte[] pdf = "%PDF-1.7\n".getBytes(US_ASCII);

    assertThat(inspection.inspect("../../etc/passwd", "root:x:0:0\n".getBytes(US_ASCII)).fileName())
        .isEqualTo("passwd");
    assertThat(inspection.inspect("C:\\temp\\a.pdf", pdf).fileName()).isEqualTo("a.pdf");
    assertThat(inspection.inspect("..\\..", pdf).fileName()).isEqualTo("attachment");
  }

  @Test
  void refusesAnImageDeclaringMorePixelsThanAReportCanHold() throws IOException {
    byte[] bomb = SampleFiles.pixelBomb(40_000); // 1.6 gigapixels in a few kilobytes
    AttachmentInspection large = new AttachmentInspection(20L * 1024 * 1024);

    RuleViolation refusal =
        catchThrowableOfType(RuleViolation.class, () -> large.inspect("photo.png", bomb));

    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    assertThat(refusal.key()).isEqualTo("attachments.imageTooLarge");
    assertThat(refusal.arguments()).containsExactly(40_000L, 40_000L, 50L, 20_000L);
  }

  @Test
  void refusesALongSideOrTooManyPixelsAndAcceptsTheLimits() throws IOException {
    AttachmentInspection large = new AttachmentInspection(20L * 1024 * 1024);

    assertThat(large.inspect("wide.png", SampleFiles.pixelBomb(7_000)).image()).isTrue();
    assertThat(refusal("wide.webp", SampleFiles.webpCanvas(20_001, 1)).key())
        .isEqualTo("attachments.imageTooLarge");
    assertThat(refusal("big.webp", SampleFiles.webpCanvas(8_000, 8_000)).key())
        .isEqualTo("attachments.imageTooLarge");
    assertThat(inspection.inspect("fine.webp", SampleFiles.webpCanvas(7_000, 7_000)).image())
        .isTrue();
  }

  @Test
  void refusesAnImageWhoseHeaderCannotBeRead() {
    byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I'};

    RuleViolation refusal = refusal("cut.png", truncated);

    assertThat(refusal.key()).isEqualTo("attachments.imageUnreadable");
    assertThat(refusal.arguments()).containsExactly("image/png");
  }

  private RuleViolation refusal(String name, byte[] content) {
    return catchThrowableOfType(RuleViolation.class, () -> inspection.inspect(name, content));
  }

  private static byte[] text(int length) {
    return "a".repeat(length).getBytes(US_ASCII);
  }
}
