package io.rapport.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Keycloak, which needs Java 21 or newer while Rapport itself builds with
 * Java 17.
 *
 * <p>Candidates, in order: the folder named by {@code RAPPORT_KEYCLOAK_JAVA_HOME} (must qualify),
 * {@code JAVA_HOME}, the JDK running this code, then the newest qualifying JDK below the search
 * roots ({@code /usr/lib/jvm}, {@code ~/.jdks}, {@code ~/.sdkman/candidates/java}). A folder
 * qualifies when it has {@code bin/java} and a {@code release} file whose {@code JAVA_VERSION} is
 * 21 or newer.
 */
public final class JdkLocator {

  /** Oldest Java feature release Keycloak runs on. */
  public static final int MINIMUM_FEATURE_VERSION = 21;

  /** Environment variable naming the JDK to use for Keycloak, bypassing the search. */
  public static final String OVERRIDE_VARIABLE = "RAPPORT_KEYCLOAK_JAVA_HOME";

  static final String MISSING_JDK_MESSAGE =
      "Keycloak needs a JDK 21 or newer: install one (e.g. apt-get install openjdk-21-jdk or"
          + " Temurin 21+) or set "
          + OVERRIDE_VARIABLE
          + " to its folder";

  private final Function<String, String> environment;
  private final Path runningJavaHome;
  private final List<Path> searchRoots;

  /**
   * Creates a locator over explicit inputs; used by tests.
   *
   * @param environment looks up environment variables ({@code JAVA_HOME} and the override)
   * @param runningJavaHome home of the running JDK, or {@code null} to ignore it
   * @param searchRoots folders whose sub-folders are candidate JDKs
   */
  public JdkLocator(
      Function<String, String> environment, Path runningJavaHome, List<Path> searchRoots) {
    this.environment = environment;
    this.runningJavaHome = runningJavaHome;
    this.searchRoots = List.copyOf(searchRoots);
  }

  /** Returns a locator over the real environment and the usual install folders. */
  public static JdkLocator system() {
    Path userHome = Path.of(System.getProperty("user.home"));
    return new JdkLocator(
        System::getenv,
        Path.of(System.getProperty("java.home")),
        List.of(
            Path.of("/usr/lib/jvm"),
            userHome.resolve(".jdks"),
            userHome.resolve(".sdkman/candidates/java")));
  }

  /**
   * Returns the home folder of a JDK 21 or newer.
   *
   * @throws IllegalStateException with a one-line message saying what to install when there is
   *     none, or when the override does not name such a JDK
   */
  public Path locate() {
    String override = environment.apply(OVERRIDE_VARIABLE);
    if (override != null && !override.isBlank()) {
      Path home = Path.of(override.trim());
      return javaVersion(home)
          .filter(version -> featureVersion(version) >= MINIMUM_FEATURE_VERSION)
          .map(version -> home)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      OVERRIDE_VARIABLE
                          + "="
                          + home
                          + " is not a JDK 21 or newer (needs bin/java and a release file)"));
    }
    List<Path> preferred = new ArrayList<>();
    String javaHome = environment.apply("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      preferred.add(Path.of(javaHome.trim()));
    }
    if (runningJavaHome != null) {
      preferred.add(runningJavaHome);
    }
    for (Path home : preferred) {
      if (javaVersion(home).filter(JdkLocator::isRecentEnough).isPresent()) {
        return home;
      }
    }
    return searchRoots.stream()
        .flatMap(JdkLocator::children)
        .flatMap(
            home ->
                javaVersion(home).filter(JdkLocator::isRecentEnough).stream()
                    .map(version -> new Candidate(home, version)))
        .max(
            Comparator.comparing(
                    (Candidate candidate) -> versionNumbers(candidate.version()), Arrays::compare)
                .thenComparing(Candidate::home))
        .map(Candidate::home)
        .orElseThrow(() -> new IllegalStateException(MISSING_JDK_MESSAGE));
  }

  /**
   * Reads {@code JAVA_VERSION} from the {@code release} file of a JDK folder that has {@code
   * bin/java}.
   */
  static Optional<String> javaVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isRegularFile(home.resolve("bin/java"))) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .map(String::trim)
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").trim())
          .filter(version -> !version.isEmpty())
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Returns the feature release of a version string: 25 for "25.0.3", 8 for "1.8.0_292". */
  static int featureVersion(String version) {
    int[] numbers = versionNumbers(version);
    return numbers.length == 0 ? 0 : numbers[0];
  }

  /** Splits a version into its leading numbers, dropping the "1." of pre-9 versions. */
  static int[] versionNumbers(String version) {
    String[] parts = version.split("[._+-]");
    List<Integer> numbers = new ArrayList<>();
    for (String part : parts) {
      if (!part.matches("\\d{1,9}")) {
        break;
      }
      numbers.add(Integer.parseInt(part));
    }
    if (numbers.size() > 1 && numbers.get(0) == 1) {
      numbers.remove(0);
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isRecentEnough(String version) {
    return featureVersion(version) >= MINIMUM_FEATURE_VERSION;
  }

  private static Stream<Path> children(Path root) {
    if (!Files.isDirectory(root)) {
      return Stream.empty();
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(Files::isDirectory).sorted().toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private record Candidate(Path home, String version) {}
}
