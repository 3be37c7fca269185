/**
 * An SMTP server in the JVM that keeps the mail it receives in memory and serves it over IMAP, so
 * that what Rapport and Keycloak send can be read without a real mail server.
 */
package io.rapport.infra.mail;
