package io.rapport.query.app.coaching;

import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.member.FetchMembersQuery;
import io.rapport.query.api.member.FindMemberQuery;
import io.rapport.query.api.member.MemberList;
import io.rapport.query.api.member.MemberView;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The tenant's members for its tenant-admins: one read of the range of the tenant's people keys
 * from the cursor on, filtered as it goes, until a page is full. A member's status is what the
 * roster and the sign-ins say: deactivated, signed in at least once (active), or invited.
 */
@Component
class MemberQueries {

  private static final String CURSOR_PREFIX = "m:";
  private static final String TENANT_ADMIN = "tenant-admin";

  private final Viewings viewings;

  MemberQueries(Viewings viewings) {
    this.viewings = viewings;
  }

  @QueryHandler
  CompletableFuture<MemberList> handle(FetchMembersQuery query, MetaData metaData) {
    var viewing = viewings.of(metaData);
    if (!viewing.viewer().roles().contains(TENANT_ADMIN)) {
      return CompletableFuture.completedFuture(new MemberList(List.of(), null));
    }
    TenantCollections tenant = viewing.collections();
    String after = decode(query.cursor());
    String from = after == null ? tenant.tenant().key("") : tenant.tenant().key(after);
    String needle = query.q() == null ? null : query.q().strip().toLowerCase(Locale.ROOT);
    return tenant
        .range(
            PeopleDocuments.PEOPLE,
            from,
            tenant.tenant().key("\uffff"),
            false,
            PeopleDocuments.MOST_PEOPLE)
        .map(MemberQueries::view)
        .filter(member -> matches(member, query, needle))
        .take(query.limit() + 1L)
        .collectList()
        .map(found -> page(found, query.limit()))
        .toFuture();
  }

  /** One member of the viewer's tenant: tenant-admins may see anyone, others only themselves. */
  @QueryHandler
  CompletableFuture<MemberView> handle(FindMemberQuery query, MetaData metaData) {
    var viewing = viewings.of(metaData);
    Viewer viewer = viewing.viewer();
    if (query.userId() == null
        || (!viewer.roles().contains(TENANT_ADMIN) && !query.userId().equals(viewer.userId()))) {
      return CompletableFuture.completedFuture(null);
    }
    TenantCollections tenant = viewing.collections();
    return tenant
        .byId(PeopleDocuments.PEOPLE, PeopleDocuments.person(tenant.tenant(), query.userId()))
        .map(MemberQueries::view)
        .toFuture();
  }

  static MemberView view(Document doc) {
    return new MemberView(
        doc.getString("userId"),
        doc.getString("email"),
        doc.getString("firstName"),
        doc.getString("lastName"),
        role(doc),
        status(doc),
        doc.getString("cohort"),
        doc.getString("coachId"));
  }

  private static String role(Document doc) {
    String roster = doc.getString("memberRole");
    if (roster != null) {
      return roster;
    }
    List<String> roles = doc.getList("roles", String.class, List.of());
    if (roles.contains(TENANT_ADMIN)) {
      return "TENANT_ADMIN";
    }
    if (roles.contains("coach") || doc.getBoolean("assignedAsCoach", false)) {
      return "COACH";
    }
    return "STUDENT";
  }

  private static String status(Document doc) {
    if (doc.getBoolean("deactivated", false)) {
      return "DEACTIVATED";
    }
    return doc.getBoolean("signedIn", false) || !doc.getBoolean("invited", false)
        ? "ACTIVE"
        : "INVITED";
  }

  private static boolean matches(MemberView member, FetchMembersQuery query, String needle) {
    return (query.role() == null || query.role().equals(member.role()))
        && (query.status() == null || query.status().equals(member.status()))
        && (query.cohort() == null || query.cohort().equals(member.cohort()))
        && (needle == null
            || needle.isEmpty()
            || contains(member.email(), needle)
            || contains(member.firstName(), needle)
            || contains(member.lastName(), needle));
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static MemberList page(List<MemberView> found, int limit) {
    if (found.size() <= limit) {
      return new MemberList(found, null);
    }
    List<MemberView> items = new ArrayList<>(found.subList(0, limit));
    return new MemberList(items, encode(items.get(items.size() - 1).userId()));
  }

  private static String encode(String userId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + userId).getBytes(StandardCharsets.UTF_8));
  }

  /** The user id the page goes on after; null for the first page. */
  private static String decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(CURSOR_PREFIX) && raw.length() > CURSOR_PREFIX.length()) {
        return raw.substring(CURSOR_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below, as any other cursor this API never gave out
    }
    throw new QueryExecutionException(
        "cursor is not one this API gave out",
        null,
        new InvalidQuery("cursor", "is not one this API gave out"));
  }
}
