package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/** A tenant-admin started importing a roster of {@code rows} rows; a dry run changes nothing. */
@Revision("1")
public record MemberImportStartedEvent(String importId, int rows, boolean dryRun) {}
