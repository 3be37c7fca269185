/** The platform's tenants and their policy, for platform staff. */
package io.rapport.query.api.tenant;
