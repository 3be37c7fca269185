package io.rapport.command.api.member;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * How far an import got: the counts so far and the rows that failed since the last progress; the
 * last one says it is {@code finished}.
 */
public record RecordImportProgressCommand(
    @TargetAggregateIdentifier String importId,
    ImportCounts counts,
    List<RowFailure> failures,
    boolean finished) {}
