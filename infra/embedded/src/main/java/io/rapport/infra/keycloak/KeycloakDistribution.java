package io.rapport.infra.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution: finds its zip, unpacks it once, runs {@code kc.sh build} once
 * and puts the realm to import in place. Preparation holds a file lock on the home folder, so
 * parallel JVMs sharing a home wait for each other.
 */
final class KeycloakDistribution {

  /** Environment variable naming a Keycloak distribution zip to use instead of the Maven one. */
  static final String ZIP_VARIABLE = "RAPPORT_KEYCLOAK_DIST";

  /** Build-time options; a change triggers a new build. */
  static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

  static final String REALM_RESOURCE = "keycloak/rapport-realm.json";

  /**
   * The realms imported: Rapport's, and the demo's stand-in for Northfield University's own
   * identity provider, which Rapport's realm brokers Northfield's sign-ins to.
   */
  static final List<String> REALM_RESOURCES =
      List.of(REALM_RESOURCE, "keycloak/northfield-sso-realm.json");

  private static final Logger LOG = LoggerFactory.getLogger(KeycloakDistribution.class);
  private static final String UNPACKED_MARKER = ".rapport-unpacked";
  private static final String BUILT_MARKER = ".rapport-built";
  private static final Object JVM_LOCK = new Object();

  private KeycloakDistribution() {}

  /** Returns the Keycloak version this module was built against. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        KeycloakDistribution.class.getResourceAsStream("/rapport-infra.properties")) {
      if (in == null) {
        throw new IllegalStateException("rapport-infra.properties is missing from the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("keycloak.version", "");
    if (version.isBlank() || version.contains("@") || version.contains("${")) {
      throw new IllegalStateException(
          "rapport-infra.properties has no filtered keycloak.version (found '" + version + "')");
    }
    return version;
  }

  /**
   * Returns the distribution zip: {@code RAPPORT_KEYCLOAK_DIST} when set, else the artifact {@code
   * org.keycloak:keycloak-quarkus-dist:<version>:zip} in the local Maven repository.
   */
  static Path locateZip(Function<String, String> environment, String version) {
    String explicit = environment.apply(ZIP_VARIABLE);
    Path zip;
    if (explicit != null && !explicit.isBlank()) {
      zip = Path.of(explicit.trim());
    } else {
      String repository = System.getProperty("maven.repo.local");
      Path root =
          repository == null || repository.isBlank()
              ? Path.of(System.getProperty("user.home"), ".m2", "repository")
              : Path.of(repository);
      zip =
          root.resolve("org/keycloak/keycloak-quarkus-dist")
              .resolve(version)
              .resolve("keycloak-quarkus-dist-" + version + ".zip");
    }
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException(
          "Keycloak distribution not found at "
              + zip
              + ": run './mvnw -pl infra/embedded dependency:resolve' or set "
              + ZIP_VARIABLE
              + " to a keycloak-"
              + version
              + " zip");
    }
    return zip;
  }

  /**
   * Unpacks and builds the distribution below {@code home} unless done before, and copies the realm
   * to import into its {@code data/import} folder.
   *
   * @return the distribution folder (the one holding {@code bin/kc.sh})
   */
  static Path prepare(Path home, Path javaHome) {
    try {
      Files.createDirectories(home);
      Path zip = locateZip(System::getenv, version());
      synchronized (JVM_LOCK) {
        try (FileChannel channel =
                FileChannel.open(
                    home.resolve(".rapport.lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          Path dist = unpack(zip, home);
          build(dist, javaHome);
          copyRealm(dist);
          return dist;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Keycloak in " + home, e);
    }
  }

  /** Adjusts an environment so {@code kc.sh} runs with the given JDK and its own defaults. */
  static void configureEnvironment(Map<String, String> environment, Path javaHome) {
    environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
    environment.remove("JAVA");
    environment.remove("JAVA_ADD_OPENS");
    environment.put("JAVA_HOME", javaHome.toString());
    environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
  }

  private static Path unpack(Path zip, Path home) throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      String top = topFolder(archive, zip);
      Path dist = home.resolve(top).normalize();
      if (Files.isRegularFile(dist.resolve(UNPACKED_MARKER))) {
        return dist;
      }
      long started = System.nanoTime();
      FileSupport.deleteRecursively(dist);
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = home.resolve(entry.getName()).normalize();
        if (!target.startsWith(dist)) {
          throw new IOException("Unexpected entry " + entry.getName() + " in " + zip);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      makeScriptsExecutable(dist.resolve("bin"));
      Files.writeString(dist.resolve(UNPACKED_MARKER), zip.toString());
      LOG.info(
          "Unpacked {} into {} in {} ms",
          zip.getFileName(),
          dist,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      return dist;
    }
  }

  private static String topFolder(ZipFile archive, Path zip) throws IOException {
    Enumeration<? extends ZipEntry> entries = archive.entries();
    if (!entries.hasMoreElements()) {
      throw new IOException(zip + " is empty");
    }
    String name = entries.nextElement().getName();
    int slash = name.indexOf('/');
    if (slash <= 0) {
      throw new IOException(zip + " does not hold a single top folder");
    }
    return name.substring(0, slash);
  }

  private static void makeScriptsExecutable(Path bin) throws IOException {
    if (Files.getFileAttributeView(bin, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> executable =
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_EXECUTE);
    try (var scripts = Files.list(bin)) {
      for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
        Files.setPosixFilePermissions(script, executable);
      }
    }
  }

  private static void build(Path dist, Path javaHome) throws IOException {
    Path marker = dist.resolve(BUILT_MARKER);
    String options = String.join(" ", BUILD_OPTIONS);
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(options)) {
      return;
    }
    long started = System.nanoTime();
    Files.deleteIfExists(marker);
    Path log = dist.resolve("build.log");
    List<String> command = new ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "build"));
    command.addAll(BUILD_OPTIONS);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dist.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    configureEnvironment(builder.environment(), javaHome);
    // a build is one short run: the C1 compiler alone finishes it about a tenth sooner
    builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    LOG.info("Building Keycloak in {} (takes about half a minute)", dist);
    Process process = builder.start();
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("kc.sh build did not finish within 10 minutes");
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building Keycloak", e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "kc.sh build failed with exit code "
              + process.exitValue()
              + "; last lines of "
              + log
              + ":"
              + System.lineSeparator()
              + FileSupport.tail(log, 30));
    }
    Files.writeString(marker, options);
    LOG.info("Built Keycloak in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  private static void copyRealm(Path dist) throws IOException {
    Path importDir = Files.createDirectories(dist.resolve("data/import"));
    for (String resource : REALM_RESOURCES) {
      copyRealm(importDir, resource);
    }
  }

  private static void copyRealm(Path importDir, String resource) throws IOException {
    byte[] realm;
    try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      realm = in.readAllBytes();
    }
    Path target = importDir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), realm)) {
      return;
    }
    Path temporary = Files.createTempFile(importDir, "realm", ".tmp");
    Files.write(temporary, realm);
    Files.move(
        temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
