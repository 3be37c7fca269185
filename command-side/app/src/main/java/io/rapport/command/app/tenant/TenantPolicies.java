package io.rapport.command.app.tenant;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import io.rapport.command.app.nudge.TenantNudges;
import io.rapport.command.app.relationship.DefaultCadence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each tenant's policies (its thank-you window, the cadence new relationships start with and its
 * nudges), answered from memory as the aggregates require. A tenant asked about for the first time
 * is read from its own stream in the event store (its aggregate's events: a handful, however many
 * events the store holds); after that, the tenant events are followed from the head of the store by
 * this class's own processor (see {@link TenantPolicyConfiguration}), so that every node sees a
 * policy changed on another. Each policy keeps the sequence number of the event it came from, and a
 * later event always wins, whichever of the two ways came first. A tenant that never set a policy
 * has the defaults.
 */
@Component
@ProcessingGroup(TenantPolicies.GROUP)
class TenantPolicies implements ThankYouWindow, DefaultCadence, TenantNudges {

  static final String GROUP = "tenant-policies";
  static final int DEFAULT_CADENCE = DefaultCadence.DEFAULT_DAYS;
  static final int SHORTEST_CADENCE = 7;
  static final int LONGEST_CADENCE = 365;

  /** A tenant's policy, from the event with that sequence number (-1: none, the defaults). */
  record Policy(int hours, int cadenceDays, NudgePolicy nudges, long sequence) {

    static final Policy DEFAULT =
        new Policy(DEFAULT_HOURS, DEFAULT_CADENCE, NudgePolicy.DEFAULT, -1);

    Policy later(Policy other) {
      return other.sequence > sequence ? other : this;
    }
  }

  private final Map<String, Policy> policies = new ConcurrentHashMap<>();
  private final ObjectProvider<EventStore> events;

  TenantPolicies(ObjectProvider<EventStore> events) {
    this.events = events;
  }

  @Override
  public int hoursFor(String tenantId) {
    return policyOf(tenantId).hours();
  }

  @Override
  public int daysFor(String tenantId) {
    return policyOf(tenantId).cadenceDays();
  }

  @Override
  public NudgePolicy nudgesFor(String tenantId) {
    return policyOf(tenantId).nudges();
  }

  private Policy policyOf(String tenantId) {
    if (tenantId == null) {
      return Policy.DEFAULT;
    }
    Policy known = policies.get(tenantId);
    if (known == null) {
      known = policies.merge(tenantId, stored(tenantId), Policy::later);
    }
    return known;
  }

  @EventHandler
  void on(TenantOnboardedEvent event, @SequenceNumber long sequence) {
    follow(event.tenantId(), event, sequence);
  }

  @EventHandler
  void on(ThankYouWindowSetEvent event, @SequenceNumber long sequence) {
    follow(event.tenantId(), event, sequence);
  }

  @EventHandler
  void on(TenantSettingsChangedEvent event, @SequenceNumber long sequence) {
    follow(event.tenantId(), event, sequence);
  }

  /**
   * A tenant event followed at the head: it changes the policy known so far (the tenant's stream is
   * read first if the tenant was never asked about, as the event may change only a part).
   */
  private void follow(String tenantId, Object event, long sequence) {
    policies.compute(
        tenantId,
        (id, known) -> {
          Policy before = known == null ? stored(id) : known;
          return sequence > before.sequence() ? applied(before, event, sequence) : before;
        });
  }

  /** The tenant's policy as its own stream in the event store tells it now. */
  private Policy stored(String tenantId) {
    EventStore store = events.getIfAvailable();
    if (store == null) {
      return Policy.DEFAULT;
    }
    Policy policy = Policy.DEFAULT;
    DomainEventStream stream =
        store.readEvents(tenantId, 0); // the events themselves, never a snapshot
    while (stream.hasNext()) {
      var event = stream.next();
      policy = applied(policy, event.getPayload(), event.getSequenceNumber());
    }
    return policy;
  }

  private static Policy applied(Policy policy, Object event, long sequence) {
    if (event instanceof TenantOnboardedEvent onboarded) {
      return new Policy(
          onboarded.thankYouWindowHours(), policy.cadenceDays(), policy.nudges(), sequence);
    } else if (event instanceof ThankYouWindowSetEvent set) {
      return new Policy(set.hours(), policy.cadenceDays(), policy.nudges(), sequence);
    } else if (event instanceof TenantSettingsChangedEvent settings) {
      return new Policy(
          settings.thankYouWindowHours(),
          settings.defaultCadenceDays(),
          settings.nudges() == null ? NudgePolicy.DEFAULT : settings.nudges(),
          sequence);
    }
    return policy;
  }
}
