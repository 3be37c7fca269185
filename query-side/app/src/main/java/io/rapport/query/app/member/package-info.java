/** The imports of a tenant's rosters, and how far each got. */
package io.rapport.query.app.member;
