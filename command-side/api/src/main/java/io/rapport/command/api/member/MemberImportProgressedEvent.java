package io.rapport.command.api.member;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An import's counts so far, with the rows that failed since its last progress; {@code finished} on
 * the last.
 */
@Revision("1")
public record MemberImportProgressedEvent(
    String importId, ImportCounts counts, List<RowFailure> failures, boolean finished) {}
