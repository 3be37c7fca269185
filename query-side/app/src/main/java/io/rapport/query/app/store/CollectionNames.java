package io.rapport.query.app.store;

/**
 * Which collection of the store holds a read model's collection now: the name that projections and
 * queries use is resolved to the generation being read or written (see {@link Generations}).
 */
@FunctionalInterface
public interface CollectionNames {

  /** Every collection under the name it is used by: a store that is never rebuilt beside itself. */
  CollectionNames AS_GIVEN = name -> name;

  /** The collection in the store that the named collection is read from or written to now. */
  String resolve(String name);
}
