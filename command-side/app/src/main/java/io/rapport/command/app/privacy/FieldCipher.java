package io.rapport.command.app.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM for one field value, in the envelope {@code enc:v1:<keyId>:<base64(iv | ciphertext)>}.
 * The key id is authenticated with the text, so a value cannot be moved under another key.
 */
final class FieldCipher {

  static final String PREFIX = "enc:v1:";
  static final String ERASED = "[erased]";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  // looking a cipher up costs more than using it; each is initialised afresh for every value
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(FieldCipher::aesGcm);

  private FieldCipher() {}

  static String encrypt(String plain, String keyId, SecretKey key) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static Cipher aesGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The key id of an encrypted value; empty for a value written before encryption. */
  static Optional<String> keyIdOf(String value) {
    if (!value.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int end = value.indexOf(':', PREFIX.length());
    return end < 0 ? Optional.empty() : Optional.of(value.substring(PREFIX.length(), end));
  }

  /**
   * The plain text, or empty when the value cannot be opened with this key: its tag check fails
   * (the value was changed, or sealed under another key) or it is no envelope at all. Never {@link
   * #ERASED}: only a tombstone says that a value was erased.
   */
  static Optional<String> decrypt(String value, String keyId, SecretKey key) {
    try {
      byte[] in = Base64.getDecoder().decode(value.substring(value.lastIndexOf(':') + 1));
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      return Optional.of(
          new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
