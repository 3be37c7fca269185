package io.rapport.infra.mongo;

/**
 * Operations on the embedded read store over JMX ({@code io.rapport:type=ReadStore}), for operators
 * and for the fault harness, which takes the store away for a while as an outage would.
 */
public interface ReadStoreControlMBean {

  /** Stops serving: every connection closed, the file saved and closed. */
  void suspend();

  /** Serves again from the file, on the same port. */
  void resume();

  /** Whether it serves. */
  boolean isRunning();
}
