package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key comes from: the configuration, or a file made once and read ever after. */
class AuditKeyFileTest {

  private static final String HASH = "a".repeat(64);
  private static final String CONFIGURED = "0f".repeat(32);

  @TempDir Path data;

  @Test
  void aConfiguredKeyIsUsedAndNoFileIsMade() {
    Path file = data.resolve("audit-signing.key");

    AuditKey key = AuditKeyFile.resolve(new AuditSigningProperties(CONFIGURED, file));

    assertThat(key.ofEntry(HASH)).isEqualTo(AuditKey.fromHex(CONFIGURED, "expected").ofEntry(HASH));
    assertThat(file).doesNotExist();
  }

  @Test
  void withoutAConfiguredKeyOneIsMadeInTheFileOnceAndReadAfterwards() throws IOException {
    Path file = data.resolve("nested/audit-signing.key");
    AuditSigningProperties properties = new AuditSigningProperties("", file);

    AuditKey made = AuditKeyFile.resolve(properties);
    String kept = Files.readString(file);
    AuditKey read = AuditKeyFile.resolve(properties);

    assertThat(kept.strip()).matches("[0-9a-f]{64}");
    assertThat(Files.readString(file)).isEqualTo(kept);
    assertThat(read.ofEntry(HASH)).isEqualTo(made.ofEntry(HASH));
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void eachFileHoldsItsOwnRandomKey() {
    AuditKey one = AuditKeyFile.resolve(new AuditSigningProperties(null, data.resolve("one")));
    AuditKey two = AuditKeyFile.resolve(new AuditSigningProperties(null, data.resolve("two")));

    assertThat(one.ofEntry(HASH)).isNotEqualTo(two.ofEntry(HASH));
  }

  @Test
  void aFileThatHoldsNoKeyIsRefused() throws IOException {
    Path file = Files.writeString(data.resolve("audit-signing.key"), "not a key\n");

    assertThatThrownBy(() -> AuditKeyFile.resolve(new AuditSigningProperties(null, file)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not an audit signing key");
  }

  @Test
  void withNeitherKeyNorFileItDoesNotStart() {
    assertThatThrownBy(() -> AuditKeyFile.resolve(new AuditSigningProperties(" ", null)))
        .hasMessageContaining("rapport.audit.signing-key");
  }

  @Test
  void aConfiguredKeyThatIsNot32BytesOfHexIsRefusedWithoutShowingIt() {
    for (String bad : List.of("0f".repeat(31), "secret-" + CONFIGURED, CONFIGURED + "0")) {
      assertThatThrownBy(() -> new AuditSigningProperties(bad, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rapport.audit.signing-key must be 32 bytes or more")
          .hasMessageNotContaining(bad);
    }
    assertThat(new AuditSigningProperties(" " + CONFIGURED + "\n", null).configured()).isTrue();
    assertThat(new AuditSigningProperties("", null).configured()).isFalse();
    assertThat(new AuditSigningProperties(CONFIGURED, null).toString()).doesNotContain(CONFIGURED);
  }
}
