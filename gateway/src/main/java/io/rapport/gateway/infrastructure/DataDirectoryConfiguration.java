package io.rapport.gateway.infrastructure;

import io.rapport.infra.process.DataDirectoryLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data folder of the embedded servers, locked for this process while it runs, so that no other
 * Rapport starts on the same data and whatever a killed earlier run left there may be stopped.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

  /** The lock on the data folder; none when every server is external. */
  record DataDirectory(DataDirectoryLock lock) implements AutoCloseable {

    @Override
    public void close() {
      if (lock != null) {
        lock.close();
      }
    }
  }

  @Bean
  DataDirectory dataDirectory(InfrastructureProperties properties) {
    boolean allExternal =
        properties.postgres().external()
            && properties.mongodb().external()
            && properties.keycloak().external();
    return new DataDirectory(allExternal ? null : DataDirectoryLock.acquire(properties.dataDir()));
  }
}
