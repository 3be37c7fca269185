package io.rapport.command.api.relationship;

/** Periodic, non-demanding contact that keeps a relationship alive. */
public enum TouchpointKind {
  ARTICLE_SHARED,
  CONGRATULATIONS,
  UPDATE,
  CHECK_IN,
  OTHER
}
