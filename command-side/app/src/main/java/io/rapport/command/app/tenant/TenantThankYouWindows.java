package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Each tenant's thank-you window, answered from memory as the chat requires. The map is fed by the
 * tenant events through this class's own processor, which keeps its position in memory only and so
 * reads every tenant event again at each start (see {@link TenantPolicyConfiguration}). A tenant
 * never onboarded through Rapport has the default window.
 */
@Component
@ProcessingGroup(TenantThankYouWindows.GROUP)
class TenantThankYouWindows implements ThankYouWindow {

  static final String GROUP = "tenant-thank-you-windows";

  private final Map<String, Integer> hours = new ConcurrentHashMap<>();

  @Override
  public int hoursFor(String tenantId) {
    return tenantId == null ? DEFAULT_HOURS : hours.getOrDefault(tenantId, DEFAULT_HOURS);
  }

  // the processor hands one tenant's events over in order, so the last one wins
  @EventHandler
  void on(TenantOnboardedEvent event) {
    hours.put(event.tenantId(), event.thankYouWindowHours());
  }

  @EventHandler
  void on(ThankYouWindowSetEvent event) {
    hours.put(event.tenantId(), event.hours());
  }
}
