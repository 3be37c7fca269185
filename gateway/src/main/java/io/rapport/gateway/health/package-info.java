/** Health of the parts the application cannot serve without, as readiness reports it. */
package io.rapport.gateway.health;
