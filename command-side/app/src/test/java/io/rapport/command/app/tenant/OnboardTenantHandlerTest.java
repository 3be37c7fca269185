package io.rapport.command.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.rapport.command.api.tenant.OnboardTenantCommand;
import io.rapport.command.api.tenant.TenantKind;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

class OnboardTenantHandlerTest {

  @Test
  @SuppressWarnings("unchecked")
  void removesTheOrganizationAgainWhenTheTenantCannotBeRecorded() throws Exception {
    Repository<Tenant> tenants = mock(Repository.class);
    when(tenants.load(anyString())).thenThrow(new AggregateNotFoundException("acme-u", "none"));
    when(tenants.newInstance(any())).thenThrow(new IllegalStateException("event store is down"));
    FakeDirectory directory = new FakeDirectory();
    OnboardTenantHandler handler = new OnboardTenantHandler(tenants, directory);

    var result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () ->
                    handler.handle(
                        new OnboardTenantCommand(
                            "acme-u", "Acme University", TenantKind.UNIVERSITY, null, null),
                        TenantTest.platformAdmin()));

    assertThat(result.isExceptional()).isTrue();
    assertThat(directory.created).containsExactly("acme-u");
    assertThat(directory.removed).containsExactly("org-acme-u");
  }
}
