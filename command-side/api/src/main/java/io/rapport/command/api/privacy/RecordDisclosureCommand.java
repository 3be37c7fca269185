package io.rapport.command.api.privacy;

/**
 * Someone other than the student read one of the student's records; the reader is in the stamp.
 *
 * @param record what was read: {@code timeline}, {@code agenda} or {@code export}
 */
public record RecordDisclosureCommand(String studentId, String record) {}
