package io.rapport.command.api.privacy;

import org.axonframework.serialization.Revision;

/**
 * A student's record was read by someone else (FERPA's record of access); who read it is in the
 * metadata.
 *
 * @param record what was read: {@code timeline}, {@code agenda} or {@code export}
 */
@Revision("1")
public record RecordsDisclosedEvent(String studentId, String record) {}
