package io.rapport.gateway.cycle;

import io.rapport.gateway.violation.PackageCycleStart;

/** The other end of {@link PackageCycleStart}'s package cycle. */
public class PackageCycleEnd {
  PackageCycleStart back() {
    return new PackageCycleStart();
  }
}
