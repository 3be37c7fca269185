/** People who signed in, and each student's record in a tenant: cohort, coach and coach notes. */
package io.rapport.command.app.coaching;
