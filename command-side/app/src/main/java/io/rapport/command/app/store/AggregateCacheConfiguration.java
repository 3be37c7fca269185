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

  /**
   * The chats' cache. Each aggregate type has a cache of its own: a shared one would hand a
   * relationship to a command that names the relationship's id as a chat's.
   */
  public static final String CHAT_CACHE = "chatCache";

  /** The relationships' cache. */
  public static final String RELATIONSHIP_CACHE = "relationshipCache";

  /** The inboxes' cache. */
  public static final String INBOX_CACHE = "inboxCache";

  @Bean(INBOX_CACHE)
  Cache inboxCache() {
    return new WeakReferenceCache();
  }

  @Bean(CHAT_CACHE)
  Cache chatCache() {
    return new WeakReferenceCache();
  }

  @Bean(RELATIONSHIP_CACHE)
  Cache relationshipCache() {
    return new WeakReferenceCache();
  }
}
