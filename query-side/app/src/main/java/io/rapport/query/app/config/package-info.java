/** Wiring of the read side: the read-model database, the token store and the processors. */
package io.rapport.query.app.config;
