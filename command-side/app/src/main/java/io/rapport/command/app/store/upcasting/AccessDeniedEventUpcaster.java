package io.rapport.command.app.store.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.command.api.audit.AccessDeniedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@link AccessDeniedEvent} revision 1 was one attempt; revision 2 counts the repeats of a caller's
 * attempts within a minute after the first, which for revision 1 are none.
 */
@Component
@Order(0)
class AccessDeniedEventUpcaster extends SingleEventUpcaster {

  static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(AccessDeniedEvent.class.getName(), "1");
  static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(AccessDeniedEvent.class.getName(), "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_2,
        JsonNode.class,
        payload -> {
          ObjectNode event = (ObjectNode) payload;
          event.put("repeats", 0);
          return event;
        });
  }
}
