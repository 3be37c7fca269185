package io.rapport.command.app.chat;

import io.rapport.command.app.shared.Refusals;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The points a thank-you refers to: two or three distinct points of the meeting it follows. */
record PointReferences(List<String> pointIds) {

  static final int FEWEST = 2;
  static final int MOST = 3;

  PointReferences {
    if (pointIds == null
        || pointIds.size() < FEWEST
        || pointIds.size() > MOST
        || pointIds.stream().anyMatch(Objects::isNull)
        || new HashSet<>(pointIds).size() != pointIds.size()) {
      throw Refusals.invalid(
          "referencedPointIds", "A thank-you refers to two or three distinct points discussed.");
    }
    pointIds = List.copyOf(pointIds);
  }

  /** Refuses references to anything but the points of the meeting. */
  void ensureAmong(Set<String> discussed) {
    if (!discussed.containsAll(pointIds)) {
      throw Refusals.conflict(
          "unknown-point", "A thank-you refers only to points discussed in this meeting.");
    }
  }
}
