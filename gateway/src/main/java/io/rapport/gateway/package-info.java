/**
 * The HTTP edge: security (access token → caller), REST and SSE controllers, problem details, and
 * the dispatch of commands and queries to Axon's gateways. The application module assembles it with
 * the command and query sides.
 */
package io.rapport.gateway;
