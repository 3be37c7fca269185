/** Axon's JDBC event storage on PostgreSQL: schema, serializer and error translation. */
package io.rapport.command.app.store;
