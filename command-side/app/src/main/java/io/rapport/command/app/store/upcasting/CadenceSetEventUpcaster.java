package io.rapport.command.app.store.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.command.api.relationship.CadenceSetEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@link CadenceSetEvent} revision 0 named the cadence {@code days}; revision 1 names it {@code
 * everyDays}, like the command and the API. Upcasters run in {@link Order order}, each taking one
 * revision to the next.
 */
@Component
@Order(0)
class CadenceSetEventUpcaster extends SingleEventUpcaster {

  static final SimpleSerializedType REVISION_0 =
      new SimpleSerializedType(CadenceSetEvent.class.getName(), "0");
  static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(CadenceSetEvent.class.getName(), "1");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_0);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_1,
        JsonNode.class,
        payload -> {
          ObjectNode event = (ObjectNode) payload;
          event.set("everyDays", event.remove("days"));
          return event;
        });
  }
}
