package io.rapport.infra.testkit;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** The same servers from pinned container images, where a Docker engine answers. */
final class ContainerServers implements Servers {

  static final String POSTGRES_IMAGE = "postgres:17.6";
  static final String MONGO_IMAGE = "mongo:8.0.15";
  static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
  private static final String ADMIN_PASSWORD = "admin";

  private final PostgreSQLContainer<?> postgres;
  private final MongoDBContainer mongo;
  private final GenericContainer<?> keycloak;

  @SuppressWarnings("resource")
  ContainerServers() {
    postgres = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE));
    mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
    keycloak =
        new GenericContainer<>(DockerImageName.parse(KEYCLOAK_IMAGE))
            .withExposedPorts(8080, 9000)
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .withEnv("KC_HEALTH_ENABLED", "true")
            .withCopyFileToContainer(
                MountableFile.forClasspathResource("keycloak/rapport-realm.json"),
                "/opt/keycloak/data/import/rapport-realm.json")
            .withCommand("start-dev", "--import-realm")
            .waitingFor(
                Wait.forHttp("/health/ready")
                    .forPort(9000)
                    .withStartupTimeout(Duration.ofMinutes(4)));
    keycloak.start();
    postgres.start();
    mongo.start();
  }

  @Override
  public String mode() {
    return "containers";
  }

  @Override
  public String postgresUrl() {
    return postgres.getJdbcUrl();
  }

  @Override
  public String postgresUsername() {
    return postgres.getUsername();
  }

  @Override
  public String postgresPassword() {
    return postgres.getPassword();
  }

  @Override
  public String mongoUri() {
    return mongo.getConnectionString();
  }

  @Override
  public String issuerUri() {
    return "http://localhost:" + keycloak.getMappedPort(8080) + "/realms/rapport";
  }

  @Override
  public String keycloakAdminPassword() {
    return ADMIN_PASSWORD;
  }

  @Override
  public void close() {
    keycloak.stop();
    mongo.stop();
    postgres.stop();
  }
}
