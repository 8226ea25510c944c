package io.shoreline.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Secrets the portal must read back (an identity provider's client secret, an authenticator's seed)
 * stored sealed with AES-256-GCM. The purpose, e.g. "totp:42", is authenticated with the text, so a
 * sealed value copied to another row or column does not open there.
 */
@ApplicationScoped
public class SecretBox {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private SecretKey key;

  public SecretBox() {}

  SecretBox(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  @PostConstruct
  void loadKey() {
    key = new SecretKeySpec(SecretsKey.from(ConfigProvider.getConfig()), "AES");
  }

  public String seal(String purpose, String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, nonce, purpose, plain.getBytes(StandardCharsets.UTF_8));
    byte[] out = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return PREFIX + Base64.getEncoder().encodeToString(out);
  }

  /** The text sealed for this purpose; fails when it was sealed for another or altered. */
  public String open(String purpose, String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a sealed secret");
    }
    byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    if (in.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("not a sealed secret");
    }
    byte[] nonce = Arrays.copyOf(in, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(in, NONCE_BYTES, in.length);
    return new String(run(Cipher.DECRYPT_MODE, nonce, purpose, body), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String purpose, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the secret does not open with this key and purpose", e);
    }
  }
}
