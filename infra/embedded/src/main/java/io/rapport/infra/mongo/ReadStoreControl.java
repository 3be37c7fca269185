package io.rapport.infra.mongo;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded read store's JMX operations (see {@link ReadStoreControlMBean}). */
public final class ReadStoreControl implements ReadStoreControlMBean, AutoCloseable {

  /** Where the operations are registered. */
  public static final String NAME = "io.rapport:type=ReadStore";

  private static final Logger log = LoggerFactory.getLogger(ReadStoreControl.class);

  private final EmbeddedMongoServer server;
  private final ObjectName name;

  private ReadStoreControl(EmbeddedMongoServer server, ObjectName name) {
    this.server = server;
    this.name = name;
  }

  /** Registers the operations of the server with the platform's MBean server. */
  public static ReadStoreControl register(EmbeddedMongoServer server) {
    try {
      ObjectName name = new ObjectName(NAME);
      ReadStoreControl control = new ReadStoreControl(server, name);
      MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
      if (mbeans.isRegistered(name)) {
        mbeans.unregisterMBean(name);
      }
      mbeans.registerMBean(control, name);
      return control;
    } catch (JMException e) {
      throw new IllegalStateException("Cannot register " + NAME, e);
    }
  }

  @Override
  public void suspend() {
    server.suspend();
  }

  @Override
  public void resume() {
    server.resume();
  }

  @Override
  public boolean isRunning() {
    return server.isRunning();
  }

  @Override
  public void close() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    } catch (JMException e) {
      log.debug("Unregistering {}: {}", NAME, e.toString());
    }
  }
}
