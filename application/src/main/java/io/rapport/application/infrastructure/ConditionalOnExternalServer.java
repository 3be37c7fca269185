package io.rapport.application.infrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the property that names an external server is set and not blank; otherwise the
 * embedded server stands in, with beans of its own (Spring's {@code @ConditionalOnProperty} takes
 * an empty value as set).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnExternalServer.OnExternalServer.class)
@interface ConditionalOnExternalServer {

  /** The property, e.g. {@code rapport.mongodb.uri}. */
  String value();

  /** Evaluates {@link ConditionalOnExternalServer}. */
  class OnExternalServer extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String name =
          (String)
              metadata
                  .getAnnotationAttributes(ConditionalOnExternalServer.class.getName())
                  .get("value");
      String value = context.getEnvironment().getProperty(name);
      return value == null || value.isBlank()
          ? ConditionOutcome.noMatch(name + " is blank")
          : ConditionOutcome.match(name + " is set");
    }
  }
}
