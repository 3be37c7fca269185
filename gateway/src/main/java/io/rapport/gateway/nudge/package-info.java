/**
 * Nudges at the edge: a person's notifications (a page, read marks, a live stream) and notification
 * settings, the one-click unsubscribe links of nudge e-mails, and the tenant's nudge report.
 */
package io.rapport.gateway.nudge;
