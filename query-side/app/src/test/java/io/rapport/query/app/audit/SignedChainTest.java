package io.rapport.query.app.audit;

import static io.rapport.query.app.audit.AuditChainTest.KEY;
import static io.rapport.query.app.audit.AuditChainTest.chain;
import static io.rapport.query.app.audit.AuditChainTest.headOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.audit.AuditChainView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * What someone with write access to MongoDB, but without the key, can do to a chain: rewrite an
 * entry and recompute every hash after it and the head's, cut entries off the end, strip the MACs.
 * Each is found; and chains written before entries were signed still verify once anchored.
 */
class SignedChainTest {

  private static final String TENANT = "northfield-university";
  private static final AuditKey OTHER_KEY = AuditKey.fromHex("cd".repeat(32), "other key");

  @Test
  void aChainAsWrittenVerifiesWithItsKeyOnly() {
    List<AuditEntry> chain = chain(5);

    assertThat(check(chain, headOf(chain), KEY).valid()).isTrue();
    assertThat(check(chain, headOf(chain), KEY).unsignedEntries()).isZero();
    assertThat(check(chain, headOf(chain), OTHER_KEY).firstBrokenAt()).isEqualTo(1);
  }

  @Test
  void anEntryRewrittenWithEveryLaterHashAndTheHeadRecomputedBreaksAtThatEntry() {
    List<AuditEntry> stored = rewritten(chain(6), 3, (now, before) -> before.mac());

    assertThat(check(stored, forgedHead(stored, headOf(chain(6)).mac()), KEY))
        .isEqualTo(new AuditChainView(false, 6, 3L, 0));
  }

  @Test
  void macsMadeWithAnotherKeyDoNotPass() {
    List<AuditEntry> stored =
        rewritten(chain(6), 3, (now, before) -> OTHER_KEY.ofEntry(now.hash()));
    AuditEntry last = stored.get(5);

    assertThat(
            check(stored, forgedHead(stored, OTHER_KEY.ofHead(TENANT, 6, last.hash())), KEY)
                .firstBrokenAt())
        .isEqualTo(3);
  }

  @Test
  void macsStrippedFromARewrittenEntryOnBreakAtThatEntry() {
    List<AuditEntry> stored = rewritten(chain(6), 3, (now, before) -> null);

    assertThat(check(stored, forgedHead(stored, null), KEY).firstBrokenAt()).isEqualTo(3);
  }

  @Test
  void aChainStrippedOfEveryMacHasNothingToVouchForItAndBreaksAtItsStart() {
    List<AuditEntry> stored = rewritten(chain(6), 1, (now, before) -> null);

    AuditChainView result = check(stored, forgedHead(stored, null), KEY);

    assertThat(result.firstBrokenAt()).isEqualTo(1);
    assertThat(result.unsignedEntries()).isEqualTo(6);
  }

  @Test
  void entriesCutOffTheEndAreFoundThroughTheHeadsMac() {
    List<AuditEntry> stored = chain(6).subList(0, 4);
    AuditHead cut = forgedHead(stored, headOf(chain(6)).mac());

    assertThat(check(stored, cut, KEY).firstBrokenAt()).isEqualTo(4);
    assertThat(check(stored, forgedHead(stored, null), KEY).firstBrokenAt()).isEqualTo(4);
  }

  @Test
  void aHeadWhoseMacWasRemovedIsBroken() {
    List<AuditEntry> chain = chain(5);

    assertThat(check(chain, forgedHead(chain, null), KEY).firstBrokenAt()).isEqualTo(5);
  }

  @Test
  void entriesWrittenBeforeSigningVerifyByHashOnceASignedEntryFollowsThem() {
    List<AuditEntry> stored = withUnsignedStart(chain(5), 3);

    AuditChainView result = check(stored, headOf(stored), KEY);

    assertThat(result).isEqualTo(new AuditChainView(true, 5, null, 3));
  }

  @Test
  void aChainWrittenBeforeSigningAndNeverSignedSinceIsNotAnchored() {
    List<AuditEntry> stored = withUnsignedStart(chain(3), 3);
    AuditHead unsignedHead = forgedHead(stored, null);

    assertThat(check(stored, unsignedHead, KEY)).isEqualTo(new AuditChainView(false, 3, 1L, 3));
  }

  @Test
  void anUnsignedEntryRewrittenBreaksAtTheFirstSignedEntryAfterIt() {
    List<AuditEntry> stored =
        rewritten(withUnsignedStart(chain(5), 3), 2, (now, before) -> before.mac());

    assertThat(check(stored, forgedHead(stored, headOf(chain(5)).mac()), KEY).firstBrokenAt())
        .isEqualTo(4);
  }

  /**
   * The chain with the entry at {@code from} given another summary, and its hash and every later
   * one recomputed, as an attacker without the key would; each MAC as {@code mac} makes it from the
   * rewritten entry and the one it replaces.
   */
  private static List<AuditEntry> rewritten(
      List<AuditEntry> chain, long from, BiFunction<AuditEntry, AuditEntry, String> mac) {
    List<AuditEntry> stored = new ArrayList<>(chain.subList(0, (int) from - 1));
    String previous = stored.isEmpty() ? AuditChain.GENESIS : stored.get(stored.size() - 1).hash();
    for (AuditEntry entry : chain.subList((int) from - 1, chain.size())) {
      AuditEntry changed =
          entry.sequence() == from ? withSummary(entry, "Nothing happened here") : entry;
      AuditEntry relinked =
          withHashAndMac(changed, AuditChain.hash(TENANT, changed, previous), null);
      relinked = withHashAndMac(relinked, relinked.hash(), mac.apply(relinked, entry));
      stored.add(relinked);
      previous = relinked.hash();
    }
    return stored;
  }

  /** The chain with the MACs of its first {@code count} entries removed, as before signing. */
  private static List<AuditEntry> withUnsignedStart(List<AuditEntry> chain, int count) {
    List<AuditEntry> stored = new ArrayList<>(chain);
    for (int i = 0; i < count; i++) {
      stored.set(i, withHashAndMac(chain.get(i), chain.get(i).hash(), null));
    }
    return stored;
  }

  /** A head naming the last stored entry, with the given MAC. */
  private static AuditHead forgedHead(List<AuditEntry> stored, String mac) {
    AuditEntry last = stored.get(stored.size() - 1);
    return new AuditHead(TENANT, last.sequence(), last.hash(), null, mac);
  }

  private static AuditChainView check(List<AuditEntry> stored, AuditHead head, AuditKey key) {
    ChainCheck check = new ChainCheck(TENANT, head, key);
    stored.forEach(check::accept);
    return check.result();
  }

  private static AuditEntry withSummary(AuditEntry e, String summary) {
    return new AuditEntry(
        e.sequence(),
        e.eventId(),
        e.type(),
        e.category(),
        e.at(),
        e.actorId(),
        e.roles(),
        e.correlationId(),
        e.studentId(),
        summary,
        e.hash(),
        e.mac());
  }

  private static AuditEntry withHashAndMac(AuditEntry e, String hash, String mac) {
    return new AuditEntry(
        e.sequence(),
        e.eventId(),
        e.type(),
        e.category(),
        e.at(),
        e.actorId(),
        e.roles(),
        e.correlationId(),
        e.studentId(),
        e.summary(),
        hash,
        mac);
  }
}
