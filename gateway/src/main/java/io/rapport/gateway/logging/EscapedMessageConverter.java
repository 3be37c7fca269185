package io.rapport.gateway.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log event's message with its control characters escaped, so that text from a request (an id, a
 * header, a name) cannot end the line and start one of its own that passes for an entry the
 * application wrote (log forging, CWE-117). {@code logback-spring.xml} registers it for {@code %m},
 * {@code %msg} and {@code %message}, so every appender's pattern uses it, whatever the pattern.
 *
 * <p>CR, LF and tab become {@code \r}, {@code \n} and {@code \t}; every other ISO control character
 * (C0, DEL, C1 with NEL) and the Unicode line and paragraph separators become {@code \\uXXXX}. A
 * backslash is left alone: a message that held the two characters {@code \n} then reads like an
 * escaped line break, which misleads no reader or parser about where an entry ends.
 */
public class EscapedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return escape(super.convert(event));
  }

  /** The text with its control characters escaped; null stays null. */
  public static String escape(String text) {
    if (text == null || text.chars().noneMatch(EscapedMessageConverter::needsEscape)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> escaped.append("\\r");
        case '\n' -> escaped.append("\\n");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (needsEscape(c)) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean needsEscape(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
