package io.rapport.command.app.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Notes the identifiers of the events a unit of work appends. The event store calls its dispatch
 * interceptors while the unit of work prepares its commit, right before it appends the events.
 */
class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

  private static final String RESOURCE = AppendedEvents.class.getName();

  @Override
  public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
      List<? extends EventMessage<?>> messages) {
    CurrentUnitOfWork.ifStarted(
        unitOfWork ->
            identifiers(unitOfWork)
                .addAll(messages.stream().map(EventMessage::getIdentifier).toList()));
    return (index, message) -> message;
  }

  /** The identifiers of the events appended so far by the unit of work (or its root). */
  static List<String> identifiers(UnitOfWork<?> unitOfWork) {
    return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new ArrayList<>());
  }
}
