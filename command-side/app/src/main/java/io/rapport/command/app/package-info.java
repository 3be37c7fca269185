/** The write side: aggregates that decide, and the event store they are kept in. */
package io.rapport.command.app;
