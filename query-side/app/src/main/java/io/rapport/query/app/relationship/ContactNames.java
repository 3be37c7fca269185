package io.rapport.query.app.relationship;

import io.rapport.query.app.store.TenantCollections;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The names of the contacts of some relationships. Names are read when a view is told, not copied
 * into other read models, so a contact's name lives in one document only; this node keeps those it
 * has read in a {@link ContactNameCache}, so a page whose names are known costs no lookup, and
 * those it does not know yet cost one lookup for all of them.
 */
@Component
public class ContactNames {

  /** How long to wait between two lookups of names not yet projected. */
  public static final Duration WAIT = Duration.ofMillis(150);

  private final ContactNameCache cache;

  public ContactNames(ContactNameCache cache) {
    this.cache = cache;
  }

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
    return Mono.defer(() -> known(tenant, relationshipIds));
  }

  private Mono<Map<String, String>> known(TenantCollections tenant, Set<String> relationshipIds) {
    Map<String, String> names = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    for (String id : relationshipIds) {
      cache
          .get(tenant.tenant(), id)
          .ifPresentOrElse(name -> names.put(id, name), () -> unknown.add(id));
    }
    if (unknown.isEmpty()) {
      return Mono.just(names);
    }
    return tenant
        .eachById(RelationshipDocument.COLLECTION, unknown, List.of("contact.name", "studentId"))
        .collect(
            () -> names,
            (map, doc) ->
                map.put(
                    doc.getString("_id"),
                    cache.keep(
                        tenant.tenant(),
                        doc.getString("_id"),
                        doc.getString("studentId"),
                        RelationshipDocument.contactName(doc))));
  }
}
