/** The HTTP API of tenants, for platform staff: onboarding, the list, and each tenant's policy. */
package io.rapport.gateway.tenant;
