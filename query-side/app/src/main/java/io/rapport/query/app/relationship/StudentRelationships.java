package io.rapport.query.app.relationship;

import io.rapport.query.app.store.TenantCollections;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The relationship projection's read port for the rest of the read side: each student's list of
 * relationships (its own collection, {@value #COLLECTION}, keyed {@code tenant|student}, written by
 * this projection only) and the relationships' documents, by key.
 */
@Component
public class StudentRelationships {

  static final String COLLECTION = "student_relationships";
  static final String STUDENT = "studentId";
  static final String IDS = "relationshipIds";
  static final String LAST_ACTIVITY = "lastActivityAt";

  /** The students' lists of relationships, in one lookup; a student without any has no list. */
  public Mono<List<RelationshipsOfStudent>> of(
      TenantCollections tenant, Collection<String> studentIds) {
    return tenant
        .byIds(COLLECTION, studentIds.stream().map(tenant.tenant()::key).toList())
        .map(docs -> docs.stream().map(StudentRelationships::ofStudent).toList());
  }

  /** The documents of the students' relationships, in one lookup; only those of the students. */
  public Mono<List<Document>> documents(
      TenantCollections tenant, Collection<RelationshipsOfStudent> lists) {
    Set<String> students =
        lists.stream().map(RelationshipsOfStudent::studentId).collect(Collectors.toSet());
    return tenant
        .byIds(
            RelationshipDocument.COLLECTION,
            lists.stream().flatMap(list -> list.relationshipIds().stream()).toList())
        .map(docs -> docs.stream().filter(d -> students.contains(d.getString(STUDENT))).toList());
  }

  /** The documents of the students' relationships, in two lookups. */
  public Mono<List<Document>> documentsOf(TenantCollections tenant, Collection<String> studentIds) {
    return of(tenant, studentIds).flatMap(lists -> documents(tenant, lists));
  }

  /**
   * The student whose relationship it is (empty when its document names none yet), nothing when the
   * tenant has no such relationship.
   */
  public Mono<Optional<String>> studentOf(TenantCollections tenant, String relationshipId) {
    return tenant
        .byId(RelationshipDocument.COLLECTION, relationshipId)
        .map(doc -> Optional.ofNullable(doc.getString(STUDENT)));
  }

  private static RelationshipsOfStudent ofStudent(Document doc) {
    Date last = doc.getDate(LAST_ACTIVITY);
    return new RelationshipsOfStudent(
        doc.getString(STUDENT),
        doc.getList(IDS, String.class, List.of()),
        last == null ? null : last.toInstant());
  }
}
