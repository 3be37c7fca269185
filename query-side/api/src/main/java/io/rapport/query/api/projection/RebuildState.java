package io.rapport.query.api.projection;

/** Where a projection's rebuild stands. */
public enum RebuildState {
  /** The projection has not been rebuilt since this node started. */
  NONE,
  /** Its read model was cleared and its events are being handled again. */
  RUNNING,
  /** It has handled every event that was in the store when the rebuild started. */
  DONE,
  /** The rebuild could not start or its processor stopped; see the projection's log. */
  FAILED
}
