package io.rapport.command.app.store;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used chats and relationships in memory between their commands, so that a command
 * does not read the aggregate's events again. Entries are weakly held: memory pressure empties the
 * cache. A cached aggregate that another node has changed meanwhile fails to append (the unique
 * aggregate sequence), which evicts it; the command is then retried on fresh state.
 */
@Configuration
public class AggregateCacheConfiguration {

  /** The name aggregates refer to in {@code @Aggregate(cache = ...)}. */
  public static final String AGGREGATE_CACHE = "aggregateCache";

  @Bean(AGGREGATE_CACHE)
  Cache aggregateCache() {
    return new WeakReferenceCache();
  }
}
