package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's header rule without its regular expression judges every character as it did. */
class HeaderCharactersTest {

  @Test
  void judgesEveryCodePointAsTheFirewallsRuleForNames() {
    assertSameJudgement(
        HeaderCharacters.NAMES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
  }

  @Test
  void judgesEveryCodePointAsTheFirewallsRuleForValues() {
    assertSameJudgement(
        HeaderCharacters.VALUES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
  }

  @Test
  void letsAnAbsentHeaderPassAsTheFirewallsRuleDoes() {
    assertThat(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
    assertThat(HeaderCharacters.VALUES.test(null)).isTrue();
  }

  @Test
  void refusesControlCharactersAnywhereInALongValue() {
    String token = "Bearer " + "a".repeat(1400);
    assertThat(HeaderCharacters.VALUES.test(token)).isTrue();
    assertThat(HeaderCharacters.VALUES.test(token + "\r\nX-Forged: 1")).isFalse();
    assertThat(HeaderCharacters.VALUES.test(token + "\u0000")).isFalse();
    assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
    assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
  }

  private static void assertSameJudgement(Predicate<String> ours, Predicate<String> firewalls) {
    List<String> differing = new ArrayList<>();
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      String alone = new String(Character.toChars(codePoint));
      if (ours.test(alone) != firewalls.test(alone)
          || ours.test("x" + alone) != firewalls.test("x" + alone)) {
        differing.add(Integer.toHexString(codePoint));
      }
    }
    // unpaired and reversed surrogates, and the empty value
    for (String text : List.of("\uD83D", "\uDE00", "a\uDE00\uD83D", "\uD83D\uDE00", "")) {
      if (ours.test(text) != firewalls.test(text)) {
        differing.add(text.chars().mapToObj(Integer::toHexString).toList().toString());
      }
    }
    assertThat(differing).isEmpty();
  }
}
