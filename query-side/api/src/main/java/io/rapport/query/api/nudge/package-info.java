/** A person's notifications and notification settings; the tenant's report on its nudges. */
package io.rapport.query.api.nudge;
