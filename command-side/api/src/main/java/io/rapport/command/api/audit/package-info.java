/**
 * The audit's own messages: denied attempts at the edge, recorded as events so that they join the
 * tenant's tamper-evident audit history.
 */
package io.rapport.command.api.audit;
