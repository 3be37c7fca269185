package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The thank-you was sent. It is on time when sent within the tenant's window ({@code windowHours})
 * after the meeting; a late one is accepted and says by how much.
 */
@Revision("1")
public record ThankYouSentEvent(
    String chatId,
    String relationshipId,
    String studentId,
    Instant sentAt,
    ThankYouChannel channel,
    String message,
    List<String> referencedPointIds,
    Instant meetingHeldAt,
    long minutesAfterMeeting,
    int windowHours,
    boolean onTime) {}
