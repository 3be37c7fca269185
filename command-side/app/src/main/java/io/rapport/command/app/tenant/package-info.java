/**
 * Tenants: onboarding by platform staff together with the tenant's identity-provider organization,
 * and the thank-you window policy, which the chat reads from memory.
 */
package io.rapport.command.app.tenant;
