package io.rapport.command.app.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.tenant.ChangeTenantSettingsCommand;
import io.rapport.command.api.tenant.IdentityProviderLinkedEvent;
import io.rapport.command.api.tenant.IdentityProviderUnlinkedEvent;
import io.rapport.command.api.tenant.SetThankYouWindowCommand;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.nudge.NudgePolicyRules;
import io.rapport.command.app.shared.Inputs;
import io.rapport.command.app.shared.Refusals;
import java.util.Collection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
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
  private boolean onboarded;
  private int defaultCadenceDays = TenantPolicies.DEFAULT_CADENCE;
  private NudgePolicy nudges = NudgePolicy.DEFAULT;

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
    if (!onboarded) {
      // set up in the identity provider directly: its own admins set its policies
      throw Refusals.notFound("tenant");
    }
    int hours = TenantProfile.windowHours(command.hours(), "hours");
    if (hours != thankYouWindowHours) {
      apply(new ThankYouWindowSetEvent(tenantId, hours, thankYouWindowHours));
    }
  }

  /**
   * A tenant-admin sets the tenant's own policies. The tenant may have been set up in the identity
   * provider directly and never onboarded through Rapport: its first settings then start its
   * stream.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ChangeTenantSettingsCommand command, MetaData metaData) {
    if (!command.tenantId().equals(metaData.get(Stamp.TENANT_ID.key()))
        || !(metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
            && roles.contains("tenant-admin"))) {
      throw Refusals.notFound("tenant");
    }
    int hours =
        Inputs.between(
            "thankYouWindowHours",
            command.thankYouWindowHours(),
            TenantProfile.SHORTEST_OWN_WINDOW,
            TenantProfile.LONGEST_OWN_WINDOW);
    int cadence =
        Inputs.between(
            "defaultCadenceDays",
            command.defaultCadenceDays(),
            TenantPolicies.SHORTEST_CADENCE,
            TenantPolicies.LONGEST_CADENCE);
    NudgePolicy policy =
        NudgePolicyRules.checked(command.nudges() == null ? nudges : command.nudges(), hours);
    if (tenantId == null
        || hours != thankYouWindowHours
        || cadence != defaultCadenceDays
        || !policy.equals(NudgePolicyRules.checked(nudges, hours))) {
      apply(new TenantSettingsChangedEvent(command.tenantId(), hours, cadence, policy));
    }
  }

  /**
   * Records a change made to the tenant's identity provider by {@link IdentityProviderHandler}; a
   * tenant set up in the identity provider directly starts its stream with it.
   */
  void record(Object identityProviderChange) {
    apply(identityProviderChange);
  }

  @EventSourcingHandler
  void on(IdentityProviderLinkedEvent event) {
    tenantId = event.tenantId();
  }

  @EventSourcingHandler
  void on(IdentityProviderUnlinkedEvent event) {
    tenantId = event.tenantId();
  }

  @EventSourcingHandler
  void on(TenantSettingsChangedEvent event) {
    tenantId = event.tenantId();
    thankYouWindowHours = event.thankYouWindowHours();
    defaultCadenceDays = event.defaultCadenceDays();
    nudges = event.nudges() == null ? NudgePolicy.DEFAULT : event.nudges();
  }

  @EventSourcingHandler
  void on(TenantOnboardedEvent event) {
    tenantId = event.tenantId();
    onboarded = true;
    thankYouWindowHours = event.thankYouWindowHours();
  }

  @EventSourcingHandler
  void on(ThankYouWindowSetEvent event) {
    thankYouWindowHours = event.hours();
  }
}
