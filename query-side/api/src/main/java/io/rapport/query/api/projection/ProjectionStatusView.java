package io.rapport.query.api.projection;

import java.time.Instant;
import java.util.List;

/**
 * An event processor and how it is doing.
 *
 * @param segments the segments this node works on, with how far each got
 * @param behind events in the stream that its slowest segment has not reached yet; 0 when not asked
 *     for
 * @param failures failed batches since this node started
 * @param lastFailureAt when a batch last failed; null when none did
 * @param lastFailure why it failed (type and message, shortened); null when none did
 * @param repairs times its read model was found inconsistent and rebuilt without anyone asking
 */
public record ProjectionStatusView(
    String name,
    ProjectionState state,
    List<SegmentStatusView> segments,
    long behind,
    long failures,
    Instant lastFailureAt,
    String lastFailure,
    long repairs) {}
