/** What every aggregate shares: the tenant and owner it belongs to, and how it refuses. */
package io.rapport.command.app.shared;
