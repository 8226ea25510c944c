package io.shoreline.portal.web.twofactor;

import io.shoreline.portal.twofactor.Enrolment;
import java.io.Serializable;

/** An authenticator being set up, as the page shows it: the QR code and the secret to type. */
public class EnrolmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String secret;
  private final String qrCode;

  public EnrolmentView(Enrolment enrolment) {
    this.secret = enrolment.secret();
    this.qrCode = QrCode.dataUri(enrolment.otpauthUri());
  }

  /** The Base32 secret in groups of four, for typing into an app by hand. */
  public String getSecret() {
    return secret;
  }

  /** The QR code of the otpauth:// URI, as a data: URI for an img element. */
  public String getQrCode() {
    return qrCode;
  }
}
