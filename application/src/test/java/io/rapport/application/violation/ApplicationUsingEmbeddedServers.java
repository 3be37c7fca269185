package io.rapport.application.violation;

import io.rapport.infra.mongo.EmbeddedMongoServer;

/** Breaks the rule that no module's production code depends on the embedded servers. */
public class ApplicationUsingEmbeddedServers {
  Class<?> server() {
    return EmbeddedMongoServer.class;
  }
}
