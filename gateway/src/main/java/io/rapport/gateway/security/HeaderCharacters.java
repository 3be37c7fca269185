package io.rapport.gateway.security;

import java.util.function.Predicate;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The firewall's rule for header names and values, answered without a regular expression: every
 * character assigned in Unicode and none a control character (a value may hold tabs). It is the
 * rule of {@link StrictServerWebExchangeFirewall#ALLOWED_HEADER_NAMES} and {@link
 * StrictServerWebExchangeFirewall#ALLOWED_HEADER_VALUES}, character for character; the firewall
 * checks every header the request handling reads, and its regular expression spent more time on a
 * request's 1.4 KB bearer token than validating the token itself did.
 */
final class HeaderCharacters {

  /** The rule for header names. */
  static final Predicate<String> NAMES = name -> allowed(name, false);

  /** The rule for header values. */
  static final Predicate<String> VALUES = value -> allowed(value, true);

  private HeaderCharacters() {}

  /** True for no text at all, as the firewall's rule: a header the request does not have. */
  private static boolean allowed(String text, boolean tabs) {
    if (text == null) {
      return true;
    }
    int length = text.length();
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) { // printable ASCII, the common case
        i++;
        continue;
      }
      int codePoint = text.codePointAt(i);
      int type = Character.getType(codePoint);
      if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabs && c == '\t'))) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }
}
