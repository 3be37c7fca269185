/** A MongoDB wire-protocol server in the JVM, kept in an H2 file or in memory. */
package io.rapport.infra.mongo;
