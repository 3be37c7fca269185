/** A tenant's members, their imports and the tenant's own settings, as tenant-admins read them. */
package io.rapport.query.api.member;
