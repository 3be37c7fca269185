package io.rapport.infra.boot;

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
 * Matches when the property is missing or blank: the external server it names is not configured, so
 * the embedded one is to be started. (Spring's {@code @ConditionalOnProperty} takes an empty value
 * as set.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnBlankProperty.OnBlankProperty.class)
public @interface ConditionalOnBlankProperty {

  /** The property, e.g. {@code rapport.postgres.url}. */
  String value();

  /** Evaluates {@link ConditionalOnBlankProperty}. */
  class OnBlankProperty extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String name =
          (String)
              metadata
                  .getAnnotationAttributes(ConditionalOnBlankProperty.class.getName())
                  .get("value");
      String value = context.getEnvironment().getProperty(name);
      return value == null || value.isBlank()
          ? ConditionOutcome.match(name + " is blank")
          : ConditionOutcome.noMatch(name + " is set");
    }
  }
}
