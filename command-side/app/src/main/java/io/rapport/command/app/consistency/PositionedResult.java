package io.rapport.command.app.consistency;

import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.MetaData;

/**
 * A command handler's result whose metadata gains the position of the command's last event once its
 * unit of work has appended the events (while preparing to commit, after the handler returned). The
 * command bus hands this very message to the sender after the commit.
 */
final class PositionedResult<R> extends GenericCommandResultMessage<R> {

  private volatile long position;

  PositionedResult(R result, long position) {
    super(result);
    this.position = position;
  }

  void reached(long position) {
    this.position = position;
  }

  long position() {
    return position;
  }

  @Override
  public MetaData getMetaData() {
    return super.getMetaData().and(io.rapport.command.api.Consistency.POSITION.key(), position);
  }
}
