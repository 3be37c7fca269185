package io.rapport.query.app.student;

import io.rapport.query.app.access.TenantId;

/**
 * The student document, keyed {@code tenant|student}: the ids of the student's relationships
 * (written by the relationship projection), of their open chats and the date of each chat (written
 * by the chat projection), and the time of their last activity ({@code $max}, written by both).
 * Each set is written by one projection only, with {@code $addToSet} and {@code $pull}, so
 * redelivery changes nothing.
 */
public final class StudentDocument {

  public static final String COLLECTION = "students";
  public static final String RELATIONSHIPS = "relationshipIds";
  public static final String OPEN_CHATS = "openChatIds";
  public static final String CHATS = "chatIds";
  public static final String CHAT_DATES = "chatDates";
  public static final String LAST_ACTIVITY = "lastActivityAt";

  private StudentDocument() {}

  public static String key(TenantId tenant, String studentId) {
    return tenant.key(studentId);
  }
}
