/**
 * What every aggregate shares: the tenant and owner it belongs to, the checks of a command's own
 * values, the current time, and how it refuses.
 */
package io.rapport.command.app.shared;
