package io.rapport.query.api.projection;

/** How an event processor is doing. */
public enum ProjectionState {
  /** It handles events as they come. */
  RUNNING,
  /** Its batches failed in the last moments and are being tried again; see its last failure. */
  FAILING,
  /** Its read model is being built again from the events. */
  REBUILDING,
  /** It does not run (being shut down or restarted). */
  STOPPED
}
