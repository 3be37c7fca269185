/** A real PostgreSQL server started from the binaries that a Maven artifact carries. */
package io.rapport.infra.postgres;
