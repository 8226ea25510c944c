package io.shoreline.portal.web.twofactor;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Recovery codes just made, shown once: as a list, and as a .txt file the browser saves from a
 * data: link (the server never serves them again).
 */
public class RecoveryCodesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String> codes;

  public RecoveryCodesView(List<String> codes) {
    this.codes = List.copyOf(codes);
  }

  public List<String> getCodes() {
    return codes;
  }

  /** The codes as a text file, one a line, for the download link. */
  public String getFile() {
    String text =
        "Shoreline recovery codes. Each works once, instead of an authenticator code.\r\n\r\n"
            + String.join("\r\n", codes)
            + "\r\n";
    return "data:text/plain;charset=utf-8;base64,"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
