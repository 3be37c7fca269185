package io.rapport.gateway.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's default stack trace ({@code %wEx}), with each exception's message escaped like a
 * log message ({@link EscapedMessageConverter}): a message often quotes its input (an id that is no
 * UUID, a header), and a stack trace would otherwise carry a forged line into the log. The frames
 * are the code's own and stay as they are.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy throwable) {
    return super.throwableProxyToString(new Escaped(throwable));
  }

  /** The exception as logged, its message (and those of its causes) escaped. */
  private record Escaped(IThrowableProxy original) implements IThrowableProxy {

    @Override
    public String getMessage() {
      return EscapedMessageConverter.escape(original.getMessage());
    }

    @Override
    public String getClassName() {
      return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return original.getCause() == null ? null : new Escaped(original.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] suppressed = original.getSuppressed();
      return suppressed == null
          ? null
          : Arrays.stream(suppressed).map(Escaped::new).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
      return original.isCyclic();
    }
  }
}
