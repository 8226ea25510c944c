package io.shoreline.portal.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  private static final String URI =
      "otpauth://totp/Shoreline:claire.dubois%40northwind.example"
          + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Shoreline&algorithm=SHA1&digits=6"
          + "&period=30";

  @Test
  void theSvgReadsBackAsTheSameTextWithAQrReader() throws Exception {
    assertThat(read(QrCode.svg(URI))).isEqualTo(URI);
  }

  @Test
  void theDataUriCarriesTheSvgAndNothingElse() {
    String uri = QrCode.dataUri(URI);

    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertThat(svg).isEqualTo(QrCode.svg(URI)).startsWith("<svg ").doesNotContain("<script");
  }

  /** Paints the SVG's modules into pixels, four per module, and decodes them as a scanner would. */
  private static String read(String svg) throws Exception {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int scale = 4;
    int width = Integer.parseInt(box.group(1)) * scale;
    int height = Integer.parseInt(box.group(2)) * scale;
    int[] pixels = new int[width * height];
    Arrays.fill(pixels, 0xffffffff);
    Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1)) * scale;
      int y = Integer.parseInt(module.group(2)) * scale;
      for (int dy = 0; dy < scale; dy++) {
        Arrays.fill(pixels, (y + dy) * width + x, (y + dy) * width + x + scale, 0xff000000);
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
