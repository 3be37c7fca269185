package io.rapport.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rapport.command.app.privacy.PrivacyConfiguration;
import java.sql.Connection;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The application's event serializer, wired as the application wires it: Axon's Jackson serializer
 * (with an object mapper set up as Spring Boot sets up the application's) named {@code
 * eventSerializer}, which the command side's {@link PrivacyConfiguration} wraps in its
 * crypto-shredding serializer. Personal fields are thus encrypted under per-subject keys that it
 * stores in {@code subject_keys}, on the given connection and in its current transaction, as a
 * command's events and their keys are.
 */
final class ApplicationSerializer implements AutoCloseable {

  private final AnnotationConfigApplicationContext context;
  private final Serializer serializer;

  private ApplicationSerializer(AnnotationConfigApplicationContext context) {
    this.context = context;
    this.serializer = context.getBean("eventSerializer", Serializer.class);
  }

  static ApplicationSerializer on(Connection connection) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(
        JdbcTemplate.class,
        () -> new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
    context.registerBean(
        "eventSerializer",
        Serializer.class,
        () -> JacksonSerializer.builder().objectMapper(objectMapper()).build());
    context.register(PrivacyConfiguration.class);
    context.refresh();
    return new ApplicationSerializer(context);
  }

  /** As Spring Boot builds the application's mapper, with its {@code spring.jackson} settings. */
  private static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS);
  }

  Serializer serializer() {
    return serializer;
  }

  @Override
  public void close() {
    context.close();
  }
}
