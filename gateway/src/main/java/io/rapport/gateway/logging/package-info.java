/**
 * How the gateway's log lines are written: messages and exception messages with their control
 * characters escaped, so that no text from a request can forge a log line ({@code
 * logback-spring.xml} puts these converters in every pattern).
 */
package io.rapport.gateway.logging;
