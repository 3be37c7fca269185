package io.rapport.command.app.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.tenant.SetThankYouWindowCommand;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant of the platform and its policy. Unlike every other aggregate it does not take its tenant
 * from the command's metadata: platform staff, who belong to no tenant, are the only ones who act
 * on it.
 */
@Aggregate
public class Tenant {

  @AggregateIdentifier private String tenantId;
  private int thankYouWindowHours;

  Tenant() {
    // for Axon
  }

  /** Records an onboarded tenant; {@link OnboardTenantHandler} has checked who asks. */
  Tenant(TenantProfile profile) {
    apply(
        new TenantOnboardedEvent(
            profile.tenantId(),
            profile.name(),
            profile.kind(),
            profile.thankYouWindowHours(),
            profile.domain()));
  }

  @CommandHandler
  void handle(SetThankYouWindowCommand command, MetaData metaData) {
    PlatformStaff.ensure(metaData);
    int hours = TenantProfile.windowHours(command.hours(), "hours");
    if (hours != thankYouWindowHours) {
      apply(new ThankYouWindowSetEvent(tenantId, hours, thankYouWindowHours));
    }
  }

  @EventSourcingHandler
  void on(TenantOnboardedEvent event) {
    tenantId = event.tenantId();
    thankYouWindowHours = event.thankYouWindowHours();
  }

  @EventSourcingHandler
  void on(ThankYouWindowSetEvent event) {
    thankYouWindowHours = event.hours();
  }
}
