/**
 * The embedded servers' processes, bound to the application's: nothing outlives it however it ends,
 * and nothing an earlier, killed run left behind blocks the next start.
 */
package io.rapport.infra.process;
