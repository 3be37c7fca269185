package io.rapport.query.app.relationship;

import io.rapport.query.app.store.Scrubber;
import io.rapport.query.app.store.TenantId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contact names this node has read, in memory, so that telling a page of a timeline (or a chat,
 * or a calendar) costs no lookup of names. A contact's name never changes once its relationship has
 * started, except when it is erased: {@link ContactNameFeed} hears of every erasure from the event
 * store, whichever node handled it, this node's relationships projection tells it too as it scrubs
 * the read model (so that no page shows a name the read model no longer has), and this cache
 * forgets the names it erased and answers {@link Scrubber#ERASED} for them from then on.
 *
 * <p>An erasure is also remembered for a while as a tombstone, because the relationships read model
 * is scrubbed by another processor, which may not have reached the erasure yet: a name read from
 * the store in that moment is neither kept nor shown. Tombstones are few (erasures are rare) and
 * bounded too; once one is forgotten, the store has long been scrubbed.
 *
 * <p>Bounded: the least recently read names go first. Reads and writes hold one lock, so that a
 * name read from the store before an erasure is never kept after it.
 */
public class ContactNameCache {

  /** The names kept by default: a few megabytes of memory. */
  public static final int DEFAULT_NAMES = 50_000;

  private static final int TOMBSTONES = 100_000;

  /** A relationship's contact name and its student, whose erasure erases it too. */
  private record Name(String studentId, String name) {}

  private final Map<String, Name> names;
  private final Set<String> erased = new LinkedHashSet<>();

  public ContactNameCache(int capacity) {
    this.names =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Name> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The name of the relationship's contact, if this node knows it (or knows it erased). */
  synchronized Optional<String> get(TenantId tenant, String relationshipId) {
    if (erased.contains(relationship(tenant, relationshipId))) {
      return Optional.of(Scrubber.ERASED);
    }
    Name known = names.get(relationship(tenant, relationshipId));
    if (known == null) {
      return Optional.empty();
    }
    if (known.studentId() != null && erased.contains(student(tenant, known.studentId()))) {
      return Optional.of(Scrubber.ERASED);
    }
    return Optional.of(known.name());
  }

  /**
   * Keeps a name read from the store, unless it has been erased meanwhile; returns what to show:
   * the name, or {@link Scrubber#ERASED}. A relationship without a name is not kept.
   */
  synchronized String keep(TenantId tenant, String relationshipId, String studentId, String name) {
    if (name == null) {
      return null;
    }
    if (erased.contains(relationship(tenant, relationshipId))
        || (studentId != null && erased.contains(student(tenant, studentId)))) {
      return Scrubber.ERASED; // read from the store before the erasure was projected there
    }
    names.put(relationship(tenant, relationshipId), new Name(studentId, name));
    return name;
  }

  /** The contact of the relationship was erased. */
  synchronized void eraseContact(TenantId tenant, String relationshipId) {
    names.remove(relationship(tenant, relationshipId));
    tombstone(relationship(tenant, relationshipId));
  }

  /** The student was erased, and with them the contacts of all their relationships. */
  synchronized void eraseStudent(TenantId tenant, String studentId) {
    String prefix = tenant.key();
    List<String> theirs =
        names.entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix))
            .filter(e -> studentId.equals(e.getValue().studentId()))
            .map(Map.Entry::getKey)
            .toList();
    theirs.forEach(
        key -> {
          names.remove(key);
          tombstone(key);
        });
    tombstone(student(tenant, studentId));
  }

  synchronized int size() {
    return names.size();
  }

  private void tombstone(String key) {
    erased.remove(key);
    erased.add(key);
    if (erased.size() > TOMBSTONES) {
      erased.remove(erased.iterator().next());
    }
  }

  private static String relationship(TenantId tenant, String relationshipId) {
    return tenant.key("r", relationshipId);
  }

  private static String student(TenantId tenant, String studentId) {
    return tenant.key("s", studentId);
  }
}
