package io.rapport.query.app.store;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store that first flushes the projection writes of the batch whose token it stores, so
 * that a token never runs ahead of the read model it guards.
 */
public class FlushingTokenStore implements TokenStore {

  private final TokenStore delegate;
  private final ProjectionWriter writer;

  public FlushingTokenStore(TokenStore delegate, ProjectionWriter writer) {
    this.delegate = delegate;
    this.writer = writer;
  }

  @Override
  public void storeToken(TrackingToken token, String processorName, int segment)
      throws UnableToClaimTokenException {
    writer.flushCurrentBatch();
    delegate.storeToken(token, processorName, segment);
  }

  @Override
  public void initializeTokenSegments(String processorName, int segmentCount) {
    delegate.initializeTokenSegments(processorName, segmentCount);
  }

  @Override
  public void initializeTokenSegments(
      String processorName, int segmentCount, TrackingToken initialToken) {
    delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
  }

  @Override
  public TrackingToken fetchToken(String processorName, int segment) {
    return delegate.fetchToken(processorName, segment);
  }

  @Override
  public void extendClaim(String processorName, int segment) {
    delegate.extendClaim(processorName, segment);
  }

  @Override
  public void releaseClaim(String processorName, int segment) {
    delegate.releaseClaim(processorName, segment);
  }

  @Override
  public void initializeSegment(TrackingToken token, String processorName, int segment) {
    delegate.initializeSegment(token, processorName, segment);
  }

  @Override
  public void deleteToken(String processorName, int segment) {
    delegate.deleteToken(processorName, segment);
  }

  @Override
  public boolean requiresExplicitSegmentInitialization() {
    return delegate.requiresExplicitSegmentInitialization();
  }

  @Override
  public int[] fetchSegments(String processorName) {
    return delegate.fetchSegments(processorName);
  }

  @Override
  public List<org.axonframework.eventhandling.Segment> fetchAvailableSegments(
      String processorName) {
    return delegate.fetchAvailableSegments(processorName);
  }

  @Override
  public Optional<String> retrieveStorageIdentifier() {
    return delegate.retrieveStorageIdentifier();
  }
}
