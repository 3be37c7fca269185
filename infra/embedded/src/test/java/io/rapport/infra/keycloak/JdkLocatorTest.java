package io.rapport.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLocatorTest {

  @TempDir Path root;

  @Test
  void picksTheNewestJdkBelowTheSearchRoots() throws IOException {
    fakeJdk("java-17-openjdk", "17.0.15");
    fakeJdk("temurin-21", "21.0.9");
    Path newest = fakeJdk("temurin-25", "25.0.3");
    fakeJdk("temurin-25-older", "25.0.1");
    Files.createDirectories(root.resolve("not-a-jdk"));

    assertThat(locator(Map.of()).locate()).isEqualTo(newest);
  }

  @Test
  void prefersJavaHomeWhenRecentEnough() throws IOException {
    Path javaHome = fakeJdk("temurin-21", "21.0.9");
    fakeJdk("temurin-25", "25.0.3");

    assertThat(locator(Map.of("JAVA_HOME", javaHome.toString())).locate()).isEqualTo(javaHome);
  }

  @Test
  void skipsJavaHomeWhenTooOld() throws IOException {
    Path old = fakeJdk("java-17-openjdk", "17.0.15");
    Path recent = fakeJdk("temurin-21", "21.0.9");

    assertThat(locator(Map.of("JAVA_HOME", old.toString())).locate()).isEqualTo(recent);
  }

  @Test
  void honoursTheOverride() throws IOException {
    Path chosen = fakeJdk("temurin-22", "22.0.2");
    Path javaHome = fakeJdk("temurin-25", "25.0.3");

    JdkLocator locator =
        locator(
            Map.of(
                JdkLocator.OVERRIDE_VARIABLE, chosen.toString(), "JAVA_HOME", javaHome.toString()));

    assertThat(locator.locate()).isEqualTo(chosen);
  }

  @Test
  void rejectsAnOverrideThatIsNoRecentJdk() throws IOException {
    Path old = fakeJdk("java-17-openjdk", "17.0.15");
    fakeJdk("temurin-25", "25.0.3");

    assertThatThrownBy(() -> locator(Map.of(JdkLocator.OVERRIDE_VARIABLE, old.toString())).locate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(JdkLocator.OVERRIDE_VARIABLE);
  }

  @Test
  void saysInOneLineWhatToInstallWhenNothingQualifies() throws IOException {
    fakeJdk("java-17-openjdk", "17.0.15");
    fakeJdk("java-8-openjdk", "1.8.0_462");

    assertThatThrownBy(() -> locator(Map.of()).locate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apt-get install openjdk-21-jdk")
        .hasMessageContaining(JdkLocator.OVERRIDE_VARIABLE)
        .hasMessageNotContaining("\n");
  }

  @Test
  void readsFeatureVersions() {
    assertThat(JdkLocator.featureVersion("25.0.3")).isEqualTo(25);
    assertThat(JdkLocator.featureVersion("21")).isEqualTo(21);
    assertThat(JdkLocator.featureVersion("21-ea")).isEqualTo(21);
    assertThat(JdkLocator.featureVersion("1.8.0_462")).isEqualTo(8);
    assertThat(JdkLocator.featureVersion("unknown")).isZero();
  }

  private JdkLocator locator(Map<String, String> environment) {
    return new JdkLocator(environment::get, null, List.of(root, root.resolve("missing")));
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(root.resolve(name));
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/java"), "");
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    return home;
  }
}
