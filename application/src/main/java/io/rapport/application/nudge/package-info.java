/**
 * Nudges beyond the application's sides: their e-mails, the coaches' caseloads their digests list,
 * and the key of their unsubscribe links.
 */
package io.rapport.application.nudge;
