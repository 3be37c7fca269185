/**
 * The HTTP edge and the application that assembles everything: security, REST controllers, problem
 * details, and the infrastructure the process runs on.
 */
package io.rapport.gateway;
