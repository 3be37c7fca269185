package io.rapport.command.app;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.Stamp;
import io.rapport.command.app.relationship.DefaultCadence;
import io.rapport.command.app.shared.StampConfiguration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Metadata and matchers shared by the aggregate tests. */
public final class Fixtures {

  public static final String TENANT = "northfield-university";
  public static final String OTHER_TENANT = "southside-bootcamp";
  public static final String ADA = "ada";
  public static final String BEN = "ben";

  private Fixtures() {}

  /** A fixture that carries the stamp of commands onto their events, as the application does. */
  public static <T> AggregateTestFixture<T> fixture(Class<T> aggregate) {
    // the application's tenant policies, as a tenant that has none of its own has them
    return fixture(aggregate, tenant -> DefaultCadence.DEFAULT_DAYS);
  }

  /** A fixture whose tenants start relationships with the given cadences. */
  public static <T> AggregateTestFixture<T> fixture(Class<T> aggregate, DefaultCadence cadence) {
    AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
    fixture.registerCommandHandlerInterceptor(
        new CorrelationDataInterceptor<>(StampConfiguration.carriedStamps()));
    fixture.registerInjectableResource(cadence);
    return fixture;
  }

  /** The stamp of a command sent by a user of a tenant. */
  public static MetaData stamp(String tenant, String user) {
    return MetaData.from(
        Map.of(
            Stamp.TENANT_ID.key(),
            tenant,
            Stamp.USER_ID.key(),
            user,
            Stamp.ROLES.key(),
            List.of("student"),
            Stamp.CORRELATION_ID.key(),
            "test"));
  }

  /** Ada, acting in her own tenant. */
  public static MetaData ada() {
    return stamp(TENANT, ADA);
  }

  /** An event as a command of Ada's left it: with her stamp, which the aggregates read. */
  public static EventMessage<Object> byAda(Object event) {
    return GenericEventMessage.asEventMessage(event).andMetaData(ada());
  }

  /** A refusal because the command does not fit the target's state, by the rule's name. */
  public static Matcher<CommandExecutionException> conflict(String type) {
    return refusal(Refusal.Kind.CONFLICT, type);
  }

  /** A refusal as if the target did not exist. */
  public static Matcher<CommandExecutionException> notFound() {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(CommandExecutionException e) {
        return e.getDetails().orElse(null) instanceof Refusal r
            && r.kind() == Refusal.Kind.NOT_FOUND;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a refusal as if the target did not exist");
      }
    };
  }

  /** A refusal of the given kind and type. */
  public static Matcher<CommandExecutionException> refusal(Refusal.Kind kind, String type) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(CommandExecutionException e) {
        return e.getDetails().orElse(null) instanceof Refusal r
            && r.kind() == kind
            && r.type().equals(type);
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a " + kind + " refusal of type " + type);
      }
    };
  }

  /** An invalid-input refusal naming the given field. */
  public static Matcher<CommandExecutionException> invalid(String field) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(CommandExecutionException e) {
        return e.getDetails().orElse(null) instanceof Refusal r
            && r.kind() == Refusal.Kind.INVALID
            && field.equals(r.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("an invalid-input refusal of field " + field);
      }
    };
  }
}
