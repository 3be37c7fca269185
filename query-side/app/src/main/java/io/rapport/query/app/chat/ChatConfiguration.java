package io.rapport.query.app.chat;

import io.rapport.query.app.store.PerStudentSequencing;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/**
 * The chats processor handles each student's events in the order of the event stream, whatever
 * aggregate they come from: an erasure, which scrubs the documents it finds, then comes after every
 * write of the events before it, in the same batch or an earlier one, never beside them on another
 * segment.
 */
@Configuration
class ChatConfiguration {

  @Autowired
  void sequencePerStudent(
      EventProcessingConfigurer processing,
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    processing.registerSequencingPolicy(
        ChatProjection.GROUP, c -> new PerStudentSequencing(eventSerializer));
  }
}
