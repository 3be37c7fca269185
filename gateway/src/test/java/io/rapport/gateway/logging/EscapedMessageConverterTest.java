package io.rapport.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** Control characters in a log message are escaped; everything else is left as it was. */
class EscapedMessageConverterTest {

  @Test
  void lineBreaksAndTabsAreEscapedSoNoSecondLineCanStart() {
    assertThat(EscapedMessageConverter.escape("id x\r\n2026-01-01 INFO forged\tentry"))
        .isEqualTo("id x\\r\\n2026-01-01 INFO forged\\tentry")
        .doesNotContain("\r", "\n", "\t");
  }

  @Test
  void otherControlCharactersAndUnicodeLineBreaksBecomeUnicodeEscapes() {
    assertThat(EscapedMessageConverter.escape("a\u0000b\u001b[31mc\u007fd\u0085e\u2028f\u2029g"))
        .isEqualTo("a\\u0000b\\u001b[31mc\\u007fd\\u0085e\\u2028f\\u2029g");
  }

  @Test
  void ordinaryTextIsLeftAsItIs() {
    String text = "Denied 404 GET student ec973c70 to Zoë Ŝmith — C:\\temp\\n 😀";
    assertThat(EscapedMessageConverter.escape(text)).isSameAs(text);
    assertThat(EscapedMessageConverter.escape(null)).isNull();
  }

  @Test
  void theConverterEscapesTheFormattedMessageArgumentsIncluded() {
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            new LoggerContext().getLogger("test"),
            Level.INFO,
            "Denied {} to {}",
            null,
            new Object[] {"student x\r\n2026-01-01 INFO forged", "ada"});

    assertThat(new EscapedMessageConverter().convert(event))
        .isEqualTo("Denied student x\\r\\n2026-01-01 INFO forged to ada");
  }
}
