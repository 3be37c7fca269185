package io.rapport.query.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the projections through their contracts only: events of {@code command-side/api} in,
 * queries and views of {@code query-side/api} out, over Axon's buses. Every such test shares one
 * query side (started once per JVM, see {@link QuerySideForTests}) and uses fresh ids and tenants.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = QuerySideForTests.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "axon.axonserver.enabled=false",
      "axon.serializer.general=jackson",
      "axon.serializer.events=jackson",
      "axon.serializer.messages=jackson",
      "axoniq.update-checker.disabled=true",
      "rapport.audit.signing-key=" + QuerySideForTests.AUDIT_SIGNING_KEY,
      "rapport.read-models.rebuild-log-interval=1h",
      "logging.level.org.axonframework=warn",
      "logging.level.org.mongodb.driver=warn",
      "logging.level.de.bwaldvogel=warn"
    })
public @interface ProjectionTest {}
