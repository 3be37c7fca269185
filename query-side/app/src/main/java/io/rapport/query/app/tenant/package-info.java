/**
 * The platform's tenants as platform staff see them: the one read model that belongs to no tenant,
 * so its queries check the platform-admin role instead of a tenant.
 */
package io.rapport.query.app.tenant;
