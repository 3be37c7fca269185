package io.rapport.query.app.nudge;

import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.nudge.DescribeNudgeQuery;
import io.rapport.query.api.nudge.FetchNotificationSettingsQuery;
import io.rapport.query.api.nudge.FetchNotificationsQuery;
import io.rapport.query.api.nudge.FollowNotificationsQuery;
import io.rapport.query.api.nudge.NotificationPage;
import io.rapport.query.api.nudge.NotificationRecorded;
import io.rapport.query.api.nudge.NotificationSettingsView;
import io.rapport.query.api.nudge.NotificationView;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The caller's own notifications and notification settings: a page is one range of the caller's
 * keys (the unread ones, by the keys their inbox lists), newest first.
 */
@Component
class NotificationQueries {

  private final Viewings viewings;
  private final NudgeTexts texts;

  NotificationQueries(Viewings viewings, NudgeTexts texts) {
    this.viewings = viewings;
    this.texts = texts;
  }

  @QueryHandler
  CompletableFuture<NotificationPage> handle(FetchNotificationsQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    TenantCollections tenant = viewing.collections();
    String own = viewing.tenant().key(viewing.viewer().userId()) + "|";
    String below = query.cursor() == null ? own + "\uffff" : decoded(query.cursor(), own);
    int limit = query.limit();
    Mono<List<String>> unread =
        tenant
            .byId(NotificationProjection.INBOXES, viewing.tenant().key(viewing.viewer().userId()))
            .map(
                doc -> {
                  Document sent = doc.get("sent", new Document());
                  Document read = doc.get("read", new Document());
                  List<String> unreadKeys = new ArrayList<>();
                  sent.forEach(
                      (nudgeId, key) -> {
                        if (!read.containsKey(nudgeId)) {
                          unreadKeys.add(String.valueOf(key));
                        }
                      });
                  return (List<String>) unreadKeys;
                })
            .defaultIfEmpty(List.of());
    return unread
        .flatMap(
            unreadKeys -> {
              Mono<List<Document>> docs =
                  query.unreadOnly()
                      ? unreadPage(tenant, unreadKeys, below, limit + 1)
                      : tenant
                          .range(NotificationProjection.NOTIFICATIONS, own, below, true, limit + 1)
                          .collectList();
              return docs.flatMap(
                  found -> {
                    List<Document> slice = found.size() > limit ? found.subList(0, limit) : found;
                    String next =
                        found.size() > limit
                            ? encoded(slice.get(slice.size() - 1).getString("_id"))
                            : null;
                    // a read mark whose nudge is not projected yet has no nudge to show
                    List<Document> page =
                        slice.stream().filter(doc -> doc.getDate("sentAt") != null).toList();
                    return texts
                        .told(tenant, page.stream().map(NotificationQueries::facts).toList())
                        .map(items -> new NotificationPage(items, next, unreadKeys.size()));
                  });
            })
        .toFuture();
  }

  private static Mono<List<Document>> unreadPage(
      TenantCollections tenant, List<String> unreadKeys, String below, int limit) {
    List<String> keys =
        unreadKeys.stream()
            .filter(key -> key.compareTo(below) < 0)
            .sorted(Comparator.reverseOrder())
            .limit(limit)
            .toList();
    return tenant
        .byIds(NotificationProjection.NOTIFICATIONS, keys)
        .map(
            docs ->
                docs.stream()
                    .sorted(Comparator.comparing((Document doc) -> doc.getString("_id")).reversed())
                    .toList());
  }

  /** The subscription's first answer is unused: the stream reads the page itself. */
  @QueryHandler
  NotificationRecorded handle(FollowNotificationsQuery query, MetaData metaData) {
    Viewer viewer = viewings.of(metaData).viewer();
    return viewer.userId().equals(query.recipientId())
        ? new NotificationRecorded(query.recipientId(), null)
        : null;
  }

  @QueryHandler
  CompletableFuture<NotificationSettingsView> handle(
      FetchNotificationSettingsQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    Viewer viewer = viewing.viewer();
    return viewing
        .collections()
        .byId(NotificationSettingsProjection.SETTINGS, viewing.tenant().key(viewer.userId()))
        .map(doc -> settings(doc, viewer))
        .defaultIfEmpty(settings(new Document(), viewer))
        .toFuture();
  }

  @QueryHandler
  CompletableFuture<NotificationView> handle(DescribeNudgeQuery query, MetaData metaData) {
    TenantCollections tenant = viewings.of(metaData).collections();
    NudgeTexts.Facts facts =
        new NudgeTexts.Facts(
            null,
            query.rule(),
            query.recipientId(),
            query.studentId(),
            query.relationshipId(),
            query.subjectId(),
            query.dueAt(),
            query.timeZone(),
            query.details(),
            null,
            null);
    return texts.told(tenant, List.of(facts)).map(views -> views.get(0)).toFuture();
  }

  private static NotificationSettingsView settings(Document doc, Viewer viewer) {
    Document stored = doc.get("rules", Document.class);
    Map<String, Boolean> rules = new LinkedHashMap<>();
    for (String rule : NudgeRules.forRoles(viewer.roles())) {
      rules.put(rule, stored == null || !Boolean.FALSE.equals(stored.get(rule)));
    }
    return new NotificationSettingsView(
        doc.getBoolean("email", true),
        doc.getBoolean("inApp", true),
        rules,
        doc.getString("timeZone") == null ? "UTC" : doc.getString("timeZone"),
        new NotificationSettingsView.Hours(
            doc.getString("quietFrom") == null ? "21:00" : doc.getString("quietFrom"),
            doc.getString("quietTo") == null ? "08:00" : doc.getString("quietTo")));
  }

  static NudgeTexts.Facts facts(Document doc) {
    Date due = doc.getDate("dueAt");
    Date read = doc.getDate("readAt");
    return new NudgeTexts.Facts(
        doc.getString("nudgeId"),
        doc.getString("rule"),
        doc.getString("recipientId"),
        doc.getString("studentId"),
        doc.getString("relationshipId"),
        doc.getString("subjectId"),
        due == null ? null : due.toInstant(),
        doc.getString("timeZone"),
        new ArrayList<>(doc.getList("details", String.class, List.of())),
        doc.getDate("sentAt").toInstant(),
        read == null ? null : read.toInstant());
  }

  private static String encoded(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The key a cursor names, which must be one of the caller's own. */
  private static String decoded(String cursor, String own) {
    try {
      String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (key.startsWith(own) && key.length() > own.length()) {
        return key;
      }
    } catch (RuntimeException e) {
      // refused below, as any other cursor this API never gave out
    }
    throw new QueryExecutionException(
        "cursor is not one this API gave out",
        null,
        new InvalidQuery("cursor", "is not one this API gave out"));
  }
}
