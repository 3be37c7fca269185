/**
 * The fault harness: starts the real application as a process of its own on the embedded defaults,
 * drives it with real tokens, kills it and its parts at random moments or takes them away for a
 * while, and checks from outside that nothing acknowledged was lost and every read model equals a
 * rebuild of it.
 */
package io.rapport.infra.faults;
