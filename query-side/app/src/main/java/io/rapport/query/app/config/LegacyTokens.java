package io.rapport.query.app.config;

import java.util.Collection;
import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * Where the one processor of all read models starts in a store kept by an earlier version, which
 * ran a processor per read model: at the lowest position any of them had reached, so that no read
 * model misses an event; the events some of them had handled already are handled again, which
 * changes nothing (every projection write is idempotent). Their tokens are left as they are, with
 * their claims released.
 */
final class LegacyTokens {

  private LegacyTokens() {}

  /**
   * The lowest token of the processors of the given names; empty when none has a token, or one of
   * them had not handled any event yet (then the stream is read from its start).
   */
  static Optional<TrackingToken> lowestOf(TokenStore tokens, Collection<String> processors) {
    TrackingToken lowest = null;
    boolean first = true;
    for (String processor : processors) {
      for (int segment : tokens.fetchSegments(processor)) {
        TrackingToken token = WrappedToken.unwrapLowerBound(tokens.fetchToken(processor, segment));
        tokens.releaseClaim(processor, segment);
        if (first || token == null || lowest == null) {
          lowest = first ? token : null;
          first = false;
        } else {
          lowest = lowest.lowerBound(token);
        }
      }
    }
    return Optional.ofNullable(lowest);
  }
}
