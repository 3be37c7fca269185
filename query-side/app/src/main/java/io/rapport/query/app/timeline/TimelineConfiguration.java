package io.rapport.query.app.timeline;

import io.rapport.query.app.store.PerStudentSequencing;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/** The timelines processor handles each student's events in the order of the event stream. */
@Configuration
class TimelineConfiguration {

  @Autowired
  void sequencePerStudent(
      EventProcessingConfigurer processing,
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    processing.registerSequencingPolicy(
        TimelineProjection.GROUP, c -> new PerStudentSequencing(eventSerializer));
  }
}
