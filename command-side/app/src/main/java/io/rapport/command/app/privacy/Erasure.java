package io.rapport.command.app.privacy;

import java.util.function.Consumer;
import org.axonframework.modelling.command.Aggregate;

/**
 * How a person is erased: the aggregate records the erasure, then the person's keys are deleted,
 * both inside the command's unit of work, so that the event and the deletion commit together or not
 * at all.
 */
public final class Erasure {

  private Erasure() {}

  /** Records the erasure on the aggregate, then deletes the keys. */
  public static <T> void recordThenDeleteKeys(
      Aggregate<T> aggregate, Consumer<T> recordErasure, Runnable deleteKeys) {
    aggregate.execute(recordErasure);
    deleteKeys.run();
  }
}
