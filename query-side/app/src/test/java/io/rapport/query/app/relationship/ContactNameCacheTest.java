package io.rapport.query.app.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.app.store.Scrubber;
import io.rapport.query.app.store.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The names a node keeps: bounded, within their tenant, and never shown once erased, even when the
 * store still held the name when it was read.
 */
class ContactNameCacheTest {

  private static final TenantId NORTHFIELD = new TenantId("northfield-university");
  private static final TenantId SOUTHBAY = new TenantId("southbay-bootcamp");

  private final ContactNameCache cache = new ContactNameCache(3);

  @Test
  void aKeptNameIsKnownWithinItsTenantOnly() {
    cache.keep(NORTHFIELD, "rel-1", "ada", "Maya Chen");

    assertThat(cache.get(NORTHFIELD, "rel-1")).contains("Maya Chen");
    assertThat(cache.get(SOUTHBAY, "rel-1")).isEmpty();
  }

  @Test
  void theLeastRecentlyReadNamesGoBeyondTheBound() {
    cache.keep(NORTHFIELD, "rel-1", "ada", "One");
    cache.keep(NORTHFIELD, "rel-2", "ada", "Two");
    cache.keep(NORTHFIELD, "rel-3", "ada", "Three");
    cache.get(NORTHFIELD, "rel-1");

    cache.keep(NORTHFIELD, "rel-4", "ada", "Four");

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get(NORTHFIELD, "rel-2")).isEmpty();
    assertThat(cache.get(NORTHFIELD, "rel-1")).contains("One");
  }

  @Test
  void anErasedContactIsErasedAtOnceAndNotKeptWhenReadLate() {
    cache.keep(NORTHFIELD, "rel-1", "ada", "Maya Chen");

    cache.eraseContact(NORTHFIELD, "rel-1");

    assertThat(cache.get(NORTHFIELD, "rel-1")).contains(Scrubber.ERASED);
    // the relationships read model had not been scrubbed yet when the name was read
    assertThat(cache.keep(NORTHFIELD, "rel-1", "ada", "Maya Chen")).isEqualTo(Scrubber.ERASED);
    assertThat(cache.get(NORTHFIELD, "rel-1")).contains(Scrubber.ERASED);
  }

  @Test
  void anErasedStudentTakesTheNamesOfAllTheirContacts() {
    cache.keep(NORTHFIELD, "rel-1", "ada", "Maya Chen");
    cache.keep(NORTHFIELD, "rel-2", "bob", "Sam Lee");
    cache.keep(SOUTHBAY, "rel-3", "ada", "Kim Park");

    cache.eraseStudent(NORTHFIELD, "ada");

    assertThat(cache.get(NORTHFIELD, "rel-1")).contains(Scrubber.ERASED);
    assertThat(cache.get(NORTHFIELD, "rel-2")).contains("Sam Lee");
    assertThat(cache.get(SOUTHBAY, "rel-3")).contains("Kim Park");
    assertThat(cache.keep(NORTHFIELD, "rel-9", "ada", "Late Read")).isEqualTo(Scrubber.ERASED);
  }
}
