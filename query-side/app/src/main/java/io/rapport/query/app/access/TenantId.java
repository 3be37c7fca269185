package io.rapport.query.app.access;

import java.util.Objects;

/** The tenant every read-model lookup is bound to; it cannot be absent. */
public record TenantId(String value) {

  public TenantId {
    Objects.requireNonNull(value, "a read-model query needs a tenant");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a read-model query needs a tenant");
    }
  }

  /** The key of a document that belongs to this tenant and the given parts. */
  public String key(String... parts) {
    return value + "|" + String.join("|", parts);
  }
}
