package io.rapport.gateway.violation;

import io.rapport.gateway.cycle.PackageCycleEnd;

/**
 * Breaks the rule that a module's packages form no cycle: its package and {@code cycle} use each
 * other.
 */
public class PackageCycleStart {
  PackageCycleEnd next() {
    return new PackageCycleEnd();
  }
}
