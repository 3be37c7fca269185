package io.rapport.infra.boot;

import io.rapport.infra.keycloak.SupervisedKeycloak;
import io.rapport.infra.mail.EmbeddedMailServer;
import io.rapport.infra.postgres.EmbeddedPostgresServer;
import io.rapport.infra.process.DataDirectoryLock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded servers started before the application context (see {@link
 * EmbeddedServersEarlyStart}), each taken over by the bean that stands for it, which stops it with
 * the context. Whatever no bean took when the start failed is stopped by {@link #closeUntaken}.
 */
final class EarlyStartedServers {

  private final DataDirectoryLock lock;
  private final EmbeddedMailServer mail;
  private final CompletableFuture<EmbeddedPostgresServer> postgres;
  private final CompletableFuture<SupervisedKeycloak> keycloak;
  private boolean lockTaken;
  private boolean mailTaken;
  private boolean postgresTaken;
  private boolean keycloakTaken;

  /**
   * @param lock the data folder's lock, or null when no server started here keeps data
   * @param mail the mail server, or null when it is external
   * @param postgres the PostgreSQL server starting, or null when it is external
   * @param keycloak Keycloak starting, or null when it is external
   */
  EarlyStartedServers(
      DataDirectoryLock lock,
      EmbeddedMailServer mail,
      CompletableFuture<EmbeddedPostgresServer> postgres,
      CompletableFuture<SupervisedKeycloak> keycloak) {
    this.lock = lock;
    this.mail = mail;
    this.postgres = postgres;
    this.keycloak = keycloak;
  }

  /** The lock of the data folder, or null when none was taken here. */
  synchronized DataDirectoryLock takeLock() {
    lockTaken = true;
    return lock;
  }

  /** The mail server, or null when it is external. */
  synchronized EmbeddedMailServer takeMail() {
    mailTaken = true;
    return mail;
  }

  /** The PostgreSQL server once started, or null when it is external; waits for its start. */
  synchronized EmbeddedPostgresServer takePostgres() {
    if (postgres == null) {
      return null;
    }
    postgresTaken = true;
    return started(postgres);
  }

  /** The Keycloak process once launched, or null when it is external; waits for its launch. */
  synchronized SupervisedKeycloak takeKeycloak() {
    if (keycloak == null) {
      return null;
    }
    keycloakTaken = true;
    return started(keycloak);
  }

  /** Stops what no bean took: the application failed before it got that far. */
  synchronized void closeUntaken() {
    if (mail != null && !mailTaken) {
      mail.close();
    }
    CompletableFuture<Void> keycloakStopped =
        keycloak == null || keycloakTaken
            ? CompletableFuture.completedFuture(null)
            : keycloak.thenAccept(SupervisedKeycloak::close);
    CompletableFuture<Void> postgresStopped =
        postgres == null || postgresTaken
            ? CompletableFuture.completedFuture(null)
            : postgres.thenAccept(EmbeddedPostgresServer::close);
    if (lock != null && !lockTaken) {
      // the folder is let go of once the servers on it have stopped, or failed to start
      CompletableFuture.allOf(keycloakStopped, postgresStopped)
          .whenComplete((stopped, failed) -> lock.close());
    }
  }

  private static <T> T started(CompletableFuture<T> server) {
    try {
      return server.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
