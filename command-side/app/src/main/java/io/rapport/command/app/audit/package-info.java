/** Denied attempts become events of the tenant's audit history, without an aggregate. */
package io.rapport.command.app.audit;
