package io.rapport.query.api.projection;

/**
 * One segment of an event processor on this node.
 *
 * @param position the last event position it handled; null before its first
 * @param replaying whether it handles events again during a rebuild
 * @param error why it stopped, when it is in error; null otherwise
 */
public record SegmentStatusView(int segment, Long position, boolean replaying, String error) {}
