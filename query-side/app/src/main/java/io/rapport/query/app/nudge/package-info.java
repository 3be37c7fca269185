/**
 * Notifications (the nudges a person got in the app, what they read), notification settings, the
 * sentences nudges say, and the tenant's report on whether nudges work.
 */
package io.rapport.query.app.nudge;
