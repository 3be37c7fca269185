/**
 * Real infrastructure for tests, from one place: containers when a Docker engine answers, the
 * embedded real servers otherwise. Started once per test JVM.
 */
package io.rapport.infra.testkit;
