package io.rapport.query.app;

import java.util.UUID;

/** Fresh ids, so that tests sharing one read store never see each other's documents. */
public final class Ids {

  private Ids() {}

  /** A new id starting with the prefix, e.g. {@code chat-1f2e3d4c}. */
  public static String of(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
