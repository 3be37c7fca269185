package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The MACs that anchor the chains: their forms are pinned, and only the right key makes them. */
class AuditKeyTest {

  private static final String KEY_HEX =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  private static final AuditKey KEY = AuditKey.fromHex(KEY_HEX, "test key");
  private static final String HASH =
      "973adb81f32632fea1bbd1b39def11b3d46706192b27c21c002f215f27696c50";

  @Test
  void theMacsAreThoseOfVersionOne() {
    // computed outside Java (openssl dgst -sha256 -mac HMAC over the forms in AuditKey)
    assertThat(KEY.ofEntry(HASH))
        .isEqualTo("80a220df2790f5c96176bb12780dcde938ffe694e52397a2784e8a4a2f0b57fb");
    assertThat(KEY.ofHead("northfield-university", 1, HASH))
        .isEqualTo("f7c52d5188b39f54af4ad2009b69ef5b1f63a3a818b2577d2fc99c81490f09be");
  }

  @Test
  void anEntrysMacNeverPassesForAHeadsNorAnotherKeysMac() {
    AuditKey other = AuditKey.fromHex("ff" + KEY_HEX.substring(2), "other key");

    assertThat(KEY.ofEntry(HASH)).isNotEqualTo(KEY.ofHead("northfield-university", 1, HASH));
    assertThat(other.ofEntry(HASH)).isNotEqualTo(KEY.ofEntry(HASH));
    assertThat(KEY.ofHead("southside-bootcamp", 1, HASH))
        .isNotEqualTo(KEY.ofHead("northfield-university", 1, HASH));
    assertThat(KEY.ofHead("northfield-university", 2, HASH))
        .isNotEqualTo(KEY.ofHead("northfield-university", 1, HASH));
  }

  @Test
  void aStoredMacMatchesOnlyTheExpectedOne() {
    assertThat(AuditKey.matches(KEY.ofEntry(HASH), KEY.ofEntry(HASH))).isTrue();
    assertThat(AuditKey.matches(KEY.ofEntry(HASH), null)).isFalse();
    assertThat(AuditKey.matches(KEY.ofEntry(HASH), "0".repeat(64))).isFalse();
  }

  @Test
  void aKeyShorterThan32BytesOrNotHexIsRefusedWithoutBeingShown() {
    for (String bad : new String[] {"ab".repeat(31), "xy".repeat(32), "abc", "", null}) {
      assertThatThrownBy(() -> AuditKey.fromHex(bad, "rapport.audit.signing-key"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("rapport.audit.signing-key is not an audit signing key");
    }
    assertThatThrownBy(() -> AuditKey.fromHex("zz" + KEY_HEX, "the file"))
        .hasMessageNotContaining(KEY_HEX);
    assertThat(KEY).hasToString("AuditKey[hidden]");
  }
}
