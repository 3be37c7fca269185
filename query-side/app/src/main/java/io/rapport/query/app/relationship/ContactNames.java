package io.rapport.query.app.relationship;

import io.rapport.query.app.store.TenantCollections;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The names of the contacts of some relationships, in one lookup. Names are read when a view is
 * told, not copied into other read models, so a contact's name lives in one document only.
 */
@Component
public class ContactNames {

  /** How long to wait between two lookups of names not yet projected. */
  public static final Duration WAIT = Duration.ofMillis(150);

  /**
   * As {@link #of}, but a relationship that has only just started may be asked for before its read
   * model (written by another processor) holds it: while some of the ids are missing, up to {@code
   * attempts} more lookups, {@link #WAIT} apart, wait for them.
   */
  public Mono<Map<String, String>> awaited(
      TenantCollections tenant, Set<String> relationshipIds, int attempts) {
    return of(tenant, relationshipIds)
        .flatMap(
            names ->
                attempts <= 0 || names.keySet().containsAll(relationshipIds)
                    ? Mono.just(names)
                    : Mono.delay(WAIT)
                        .then(Mono.defer(() -> awaited(tenant, relationshipIds, attempts - 1))));
  }

  /** Relationship id → contact name, for those of the ids that exist in the tenant. */
  public Mono<Map<String, String>> of(TenantCollections tenant, Set<String> relationshipIds) {
    if (relationshipIds.isEmpty()) {
      return Mono.just(Map.of());
    }
    return tenant
        .eachById(RelationshipDocument.COLLECTION, relationshipIds, List.of("contact.name"))
        .collect(
            HashMap::new,
            (map, doc) -> map.put(doc.getString("_id"), RelationshipDocument.contactName(doc)));
  }
}
