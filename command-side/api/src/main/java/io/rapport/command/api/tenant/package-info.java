/**
 * Tenants of the platform: their onboarding by platform staff, their thank-you window policy, and
 * the port through which onboarding creates the tenant's organization in the identity provider.
 */
package io.rapport.command.api.tenant;
