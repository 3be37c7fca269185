package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.FetchPeopleQuery;
import io.rapport.query.api.coaching.PeopleList;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The tenant's people: one read of the range of their keys. */
@Component
class PeopleQueries {

  private final Viewings viewings;

  PeopleQueries(Viewings viewings) {
    this.viewings = viewings;
  }

  @QueryHandler
  CompletableFuture<PeopleList> handle(FetchPeopleQuery query, MetaData metaData) {
    TenantCollections tenant = viewings.of(metaData).collections();
    return PeopleDocuments.all(tenant)
        .map(PeopleQueries::view)
        .filter(person -> query.role() == null || person.roles().contains(query.role()))
        .filter(person -> person.roles().contains("student") || person.roles().contains("coach"))
        .collectSortedList(
            Comparator.comparing(
                (PeopleList.PersonView p) -> p.name() == null ? p.userId() : p.name(),
                String.CASE_INSENSITIVE_ORDER))
        .map(PeopleList::new)
        .toFuture();
  }

  static PeopleList.PersonView view(Document doc) {
    List<String> roles = new ArrayList<>(doc.getList("roles", String.class, List.of()));
    roles.removeIf(role -> !List.of("student", "coach", "tenant-admin").contains(role));
    if (doc.getBoolean("enrolled", false) && !roles.contains("student")) {
      roles.add("student");
    }
    if (doc.getBoolean("assignedAsCoach", false) && !roles.contains("coach")) {
      roles.add("coach");
    }
    return new PeopleList.PersonView(
        doc.getString("userId"),
        doc.getString("username"),
        doc.getString("name"),
        doc.getString("email"),
        roles.stream().sorted().toList(),
        doc.getString("cohort"),
        doc.getString("coachId"));
  }
}
