package io.rapport.infra.boot;

import io.rapport.infra.process.DataDirectoryLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The data folder of the embedded servers, locked for this process while it runs, so that no other
 * Rapport starts on the same data and whatever a killed earlier run left there may be stopped.
 * Taken only when an embedded server starts: with every server external, nothing is locked.
 */
@AutoConfiguration
@EnableConfigurationProperties(EmbeddedServerProperties.class)
public class EmbeddedDataDirectoryAutoConfiguration {

  @Bean(destroyMethod = "close")
  @Lazy
  DataDirectoryLock dataDirectoryLock(
      EmbeddedServerProperties properties, ObjectProvider<EarlyStartedServers> early) {
    EarlyStartedServers started = early.getIfAvailable();
    DataDirectoryLock taken = started == null ? null : started.takeLock();
    return taken != null ? taken : DataDirectoryLock.acquire(properties.dataDir());
  }
}
