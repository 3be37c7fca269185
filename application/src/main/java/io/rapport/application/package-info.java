/**
 * The application: assembles the HTTP edge, the command side and the query side into one Spring
 * Boot process, with the adapters to the servers it runs on (the Keycloak organizations client, the
 * event store's and read models' connections).
 */
package io.rapport.application;
