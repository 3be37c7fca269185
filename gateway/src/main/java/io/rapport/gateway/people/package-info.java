/**
 * People as the edge meets them: who the caller is ({@code /api/v1/me}), and everyone who signs in
 * to a tenant made known to it.
 */
package io.rapport.gateway.people;
