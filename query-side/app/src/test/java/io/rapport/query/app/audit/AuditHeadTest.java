package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.app.store.TenantId;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The head tells a redelivered event from one that committed late. */
class AuditHeadTest {

  private static final AuditKey KEY = AuditChainTest.KEY;
  private static final AuditEntry ENTRY = AuditChainTest.chain(1).get(0);

  @Test
  void aRedeliveredEventIsCovered() {
    GapAwareTrackingToken eleven = GapAwareTrackingToken.newInstance(11, List.of());
    AuditHead head = AuditHead.start("t").next(ENTRY, eleven, KEY);

    assertThat(head.covers(eleven)).isTrue();
    assertThat(head.covers(GapAwareTrackingToken.newInstance(7, List.of()))).isTrue();
    assertThat(head.covers(GapAwareTrackingToken.newInstance(12, List.of()))).isFalse();
  }

  @Test
  void anEventThatCommittedLateIsNotCoveredThoughItsPositionIsLower() {
    // event 11 was read while event 10 was still uncommitted: 10 is a gap of 11's token
    AuditHead head =
        AuditHead.start("t").next(ENTRY, GapAwareTrackingToken.newInstance(11, List.of(10L)), KEY);
    // when 10 arrives, the stream's token keeps index 11 and loses the gap
    GapAwareTrackingToken lateTen = GapAwareTrackingToken.newInstance(11, List.of());

    assertThat(head.covers(lateTen)).isFalse();
    assertThat(head.next(ENTRY, lateTen, KEY).covers(lateTen)).isTrue();
    assertThat(
            head.next(ENTRY, lateTen, KEY)
                .covers(GapAwareTrackingToken.newInstance(11, List.of(10L))))
        .isTrue();
  }

  @Test
  void aNewChainCoversNothing() {
    assertThat(AuditHead.start("t").covers(GapAwareTrackingToken.newInstance(0, List.of())))
        .isFalse();
  }

  @Test
  void theHeadReadsBackAsItWasWritten() {
    AuditHead head =
        AuditHead.start("t")
            .next(ENTRY, GapAwareTrackingToken.newInstance(11, List.of(8L, 10L)), KEY);
    Document stored =
        Document.parse(head.update().toBsonDocument().getDocument("$set").toJson())
            // the store stamps the tenant on the document it creates
            .append(TenantId.KEY, "t");

    assertThat(AuditHead.fromDocument(stored)).isEqualTo(head);
  }
}
