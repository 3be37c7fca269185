package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.OrganizationCreation;
import io.rapport.command.api.tenant.TenantKind;
import java.util.ArrayList;
import java.util.List;

/** Records the organizations asked for, and answers as told. */
class FakeDirectory implements OrganizationDirectory {

  final List<String> created = new ArrayList<>();
  final List<String> removed = new ArrayList<>();
  OrganizationCreation answer;

  @Override
  public OrganizationCreation create(String alias, String name, TenantKind kind, String domain) {
    if (answer != null) {
      return answer;
    }
    created.add(alias);
    return OrganizationCreation.created("org-" + alias);
  }

  @Override
  public void remove(String organizationId) {
    removed.add(organizationId);
  }
}
