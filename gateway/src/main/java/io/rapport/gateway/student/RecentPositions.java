package io.rapport.gateway.student;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The positions a stream sent last, at most a bound of them: enough to send no entry twice when an
 * announcement comes late or again, without a memory that grows for as long as the stream lasts. An
 * entry older than every remembered one could be sent again; a client keeps entries by their id, so
 * a repeat changes nothing there.
 */
final class RecentPositions {

  private final Map<Long, Boolean> sent;

  RecentPositions(int bound) {
    this.sent =
        new LinkedHashMap<>(bound * 2, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > bound;
          }
        };
  }

  /** Remembers the position; false when it was sent already. */
  synchronized boolean add(long position) {
    return sent.put(position, Boolean.TRUE) == null;
  }

  synchronized boolean contains(long position) {
    return sent.containsKey(position);
  }

  synchronized int size() {
    return sent.size();
  }
}
