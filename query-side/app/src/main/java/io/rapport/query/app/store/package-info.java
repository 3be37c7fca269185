/**
 * The read side's only way into its database: the collections of one tenant ({@code
 * TenantCollections}), the few named operations across tenants ({@code AcrossTenants}), and how
 * projections write: idempotent blind writes collected per processor batch and flushed as one bulk
 * write before the batch's token is stored.
 */
package io.rapport.query.app.store;
