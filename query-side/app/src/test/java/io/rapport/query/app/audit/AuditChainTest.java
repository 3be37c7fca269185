package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The hash chain: its canonical form is pinned, and each kind of tampering breaks it. */
class AuditChainTest {

  private static final String TENANT = "northfield-university";

  /** The key the chains of these tests are signed with. */
  static final AuditKey KEY = AuditKey.fromHex("ab".repeat(32), "test key");

  static AuditEntry entry(long sequence) {
    return new AuditEntry(
        sequence,
        "e-" + sequence,
        "ChatScheduled",
        AuditEntry.ACTIVITY,
        Instant.parse("2026-11-25T14:30:00.123Z").plusSeconds(sequence - 1),
        "u-ada",
        List.of("student"),
        "c-" + sequence,
        "u-ada",
        "Chat 6f1c2a3b… scheduled (informational interview) in relationship 2a9b7c0d…",
        null,
        null);
  }

  /** A valid chain of the given length, and its head. */
  static List<AuditEntry> chain(int length) {
    List<AuditEntry> chain = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long sequence = 1; sequence <= length; sequence++) {
      AuditEntry linked = AuditChain.link(TENANT, entry(sequence), previous, KEY);
      chain.add(linked);
      previous = linked.hash();
    }
    return chain;
  }

  static AuditHead headOf(List<AuditEntry> chain) {
    AuditEntry last = chain.get(chain.size() - 1);
    return new AuditHead(
        TENANT,
        last.sequence(),
        last.hash(),
        null,
        KEY.ofHead(TENANT, last.sequence(), last.hash()));
  }

  static ChainCheck checked(List<AuditEntry> stored, AuditHead head) {
    ChainCheck check = new ChainCheck(TENANT, head, KEY);
    stored.forEach(check::accept);
    return check;
  }

  @Test
  void theCanonicalFormAndItsHashAreThoseOfVersionOne() {
    AuditEntry first = entry(1);

    assertThat(AuditChain.canonical(TENANT, first, AuditChain.GENESIS))
        .isEqualTo(
            """
            rapport-audit/1
            tenant=21:northfield-university
            sequence=1:1
            eventId=3:e-1
            type=13:ChatScheduled
            category=8:ACTIVITY
            at=24:2026-11-25T14:30:00.123Z
            actorId=5:u-ada
            roles=11:1#7:student
            correlationId=3:c-1
            studentId=5:u-ada
            summary=80:Chat 6f1c2a3b… scheduled (informational interview) in relationship 2a9b7c0d…
            previous=64:0000000000000000000000000000000000000000000000000000000000000000
            """);
    // computed outside Java (sha256sum of the text above), so that a change of form shows here
    assertThat(AuditChain.link(TENANT, first, AuditChain.GENESIS, KEY).hash())
        .isEqualTo("973adb81f32632fea1bbd1b39def11b3d46706192b27c21c002f215f27696c50");
  }

  @Test
  void absentValuesAreToldApartFromAnyText() {
    AuditEntry anonymous =
        new AuditEntry(
            1, "e", "AccessDenied", "SECURITY", null, null, List.of(), null, null, "~", null, null);

    assertThat(AuditChain.canonical(TENANT, anonymous, AuditChain.GENESIS))
        .contains("actorId=~\n", "roles=2:0#\n", "summary=1:~\n");
  }

  @Test
  void everyFieldTheTenantAndThePreviousHashAreInTheHash() {
    String hash = AuditChain.hash(TENANT, entry(1), AuditChain.GENESIS);
    List<UnaryOperator<AuditEntry>> edits =
        List.of(
            e -> copy(e, 2, e.eventId(), e.type(), e.actorId(), e.roles(), e.summary()),
            e -> copy(e, 1, "e-9", e.type(), e.actorId(), e.roles(), e.summary()),
            e -> copy(e, 1, e.eventId(), "ChatCancelled", e.actorId(), e.roles(), e.summary()),
            e -> copy(e, 1, e.eventId(), e.type(), "u-ben", e.roles(), e.summary()),
            e -> copy(e, 1, e.eventId(), e.type(), e.actorId(), List.of("coach"), e.summary()),
            e -> copy(e, 1, e.eventId(), e.type(), e.actorId(), e.roles(), "Chat cancelled"));
    for (UnaryOperator<AuditEntry> edit : edits) {
      assertThat(AuditChain.hash(TENANT, edit.apply(entry(1)), AuditChain.GENESIS))
          .isNotEqualTo(hash);
    }
    assertThat(AuditChain.hash("southside-bootcamp", entry(1), AuditChain.GENESIS))
        .isNotEqualTo(hash);
    assertThat(AuditChain.hash(TENANT, entry(1), "1".repeat(64))).isNotEqualTo(hash);
  }

  @Test
  void aChainAsWrittenIsValid() {
    List<AuditEntry> chain = chain(5);

    assertThat(checked(chain, headOf(chain)).result().valid()).isTrue();
    assertThat(checked(chain, headOf(chain)).result().entries()).isEqualTo(5);
    assertThat(checked(chain, headOf(chain)).result().firstBrokenAt()).isNull();
  }

  @Test
  void anEditedEntryBreaksTheChainAtThatEntry() {
    List<AuditEntry> chain = chain(5);
    List<AuditEntry> stored = new ArrayList<>(chain);
    AuditEntry third = stored.get(2);
    stored.set(
        2, copy(third, 3, third.eventId(), third.type(), "u-ben", third.roles(), third.summary()));

    assertThat(checked(stored, headOf(chain)).result().firstBrokenAt()).isEqualTo(3);
  }

  @Test
  void anEntryRewrittenWithAMatchingHashBreaksTheLinkOfTheNext() {
    List<AuditEntry> chain = chain(5);
    List<AuditEntry> stored = new ArrayList<>(chain);
    AuditEntry third = stored.get(2);
    AuditEntry forged =
        copy(third, 3, third.eventId(), third.type(), "u-ben", third.roles(), third.summary());
    stored.set(2, AuditChain.link(TENANT, forged, stored.get(1).hash(), KEY));

    assertThat(checked(stored, headOf(chain)).result().firstBrokenAt()).isEqualTo(4);
  }

  @Test
  void aDeletedEntryBreaksTheChainWhereItWas() {
    List<AuditEntry> chain = chain(5);
    List<AuditEntry> stored = new ArrayList<>(chain);
    stored.remove(1);

    assertThat(checked(stored, headOf(chain)).result().valid()).isFalse();
    assertThat(checked(stored, headOf(chain)).result().firstBrokenAt()).isEqualTo(2);
  }

  @Test
  void swappedEntriesBreakTheChainAtTheFirstOfThem() {
    List<AuditEntry> chain = chain(5);
    List<AuditEntry> stored = new ArrayList<>(chain);
    stored.set(2, chain.get(3));
    stored.set(3, chain.get(2));

    assertThat(checked(stored, headOf(chain)).result().firstBrokenAt()).isEqualTo(3);
  }

  @Test
  void entriesMissingAtTheEndAreFoundThroughTheHead() {
    List<AuditEntry> chain = chain(5);

    assertThat(checked(chain.subList(0, 3), headOf(chain)).result().firstBrokenAt()).isEqualTo(4);
  }

  @Test
  void aRewrittenLastEntryIsFoundThroughTheHead() {
    List<AuditEntry> chain = chain(5);
    List<AuditEntry> stored = new ArrayList<>(chain);
    AuditEntry last = stored.get(4);
    AuditEntry forged =
        copy(last, 5, last.eventId(), last.type(), "u-ben", last.roles(), last.summary());
    stored.set(4, AuditChain.link(TENANT, forged, stored.get(3).hash(), KEY));

    assertThat(checked(stored, headOf(chain)).result().firstBrokenAt()).isEqualTo(5);
  }

  @Test
  void entriesAppendedAfterTheHeadWasReadAreLeftForTheNextCheck() {
    List<AuditEntry> chain = chain(5);

    var result = checked(chain, headOf(chain.subList(0, 3))).result();

    assertThat(result.valid()).isTrue();
    assertThat(result.entries()).isEqualTo(3);
  }

  @Test
  void entriesWithoutAHeadAreABrokenChain() {
    assertThat(checked(chain(3), null).result().firstBrokenAt()).isEqualTo(4);
    assertThat(checked(List.of(), null).result().valid()).isTrue();
  }

  private static AuditEntry copy(
      AuditEntry e,
      long sequence,
      String eventId,
      String type,
      String actorId,
      List<String> roles,
      String summary) {
    return new AuditEntry(
        sequence,
        eventId,
        type,
        e.category(),
        e.at(),
        actorId,
        roles,
        e.correlationId(),
        e.studentId(),
        summary,
        e.hash(),
        e.mac());
  }
}
