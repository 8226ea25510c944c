package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

  @Test
  void keepsAnOrdinaryName() {
    assertThat(AttachmentNames.clean("Rapport trimestriel – T3.pdf"))
        .isEqualTo("Rapport trimestriel – T3.pdf");
  }

  @Test
  void stripsPathsWithEitherSeparator() {
    assertThat(AttachmentNames.clean("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentNames.clean("C:\\temp\\a.pdf")).isEqualTo("a.pdf");
    assertThat(AttachmentNames.clean("..\\../mixed\\b.txt")).isEqualTo("b.txt");
  }

  @Test
  void removesInvisibleCharactersAndSurroundingBlanks() {
    assertThat(AttachmentNames.clean("  a\u0000b\r\n.txt\t ")).isEqualTo("ab.txt");
    // U+202E would show "invoice\u202Egnp.exe" as "invoiceexe.png"
    assertThat(AttachmentNames.clean("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
  }

  @Test
  void fallsBackWhenNothingIsLeft() {
    assertThat(AttachmentNames.clean(null)).isEqualTo("attachment");
    assertThat(AttachmentNames.clean(" \u0007 ")).isEqualTo("attachment");
    assertThat(AttachmentNames.clean("dir/")).isEqualTo("attachment");
    assertThat(AttachmentNames.clean("..")).isEqualTo("attachment");
  }

  @Test
  void shortensLongNamesButKeepsTheExtension() {
    String cleaned = AttachmentNames.clean("x".repeat(300) + ".docx");

    assertThat(cleaned).hasSize(200).startsWith("xxx").endsWith("x.docx");
  }

  @Test
  void neverCutsACharacterInHalf() {
    String cleaned = AttachmentNames.clean("x".repeat(194) + "😀".repeat(10) + ".pdf");

    assertThat(cleaned).endsWith("😀.pdf").hasSizeLessThanOrEqualTo(200);
    assertThat(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 5))).isFalse();
  }

  @Test
  void readsTheExtensionWithoutCase() {
    assertThat(AttachmentNames.extension("Minutes.DOCX")).isEqualTo("docx");
    assertThat(AttachmentNames.extension("archive.tar.gz")).isEqualTo("gz");
    assertThat(AttachmentNames.extension(".profile")).isEmpty();
    assertThat(AttachmentNames.extension("README")).isEmpty();
  }
}
