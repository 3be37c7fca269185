package io.rapport.query.app.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The collections a projection (an event handler with a {@code @ProcessingGroup}) writes, and that
 * nothing else writes: its read model. A rebuild of the read model fills fresh copies of exactly
 * these collections and switches to them when caught up (see {@link Generations}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelCollections {

  /** The names of the collections, as the projection and its queries use them. */
  String[] value();
}
