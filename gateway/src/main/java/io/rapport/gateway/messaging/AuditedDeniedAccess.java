package io.rapport.gateway.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import io.rapport.gateway.security.Caller;
import io.rapport.gateway.security.DeniedAccess;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Records denied attempts in the caller's tenant's audit history, in the background, bounded: the
 * denied response is neither held up nor failed by the recording, and needs nothing but this
 * process to be answered.
 *
 * <p>A caller's first attempt of a kind (status, method, reason) in a window of {@code
 * rapport.audit.denied-window} (a minute) is recorded at once, with its correlation id; further
 * ones in the window are only counted, and recorded as one more event with their number when the
 * window closes. A caller is the user, or, without a valid token, the source address. So a flood of
 * ten thousand requests with a bad token from one address adds two events a minute. At most {@value
 * #MAX_CALLERS} callers are counted per window and {@value #MAX_PENDING} recordings are pending at
 * once (say, while the event store cannot be reached); beyond that, attempts are dropped and
 * counted ({@code rapport.denied-access.dropped}). Attempts without a tenant go to the history of
 * the pseudo-tenant {@code _platform}, which no tenant-admin can read.
 */
@Component
class AuditedDeniedAccess implements DeniedAccess, DisposableBean {

  static final int MAX_PENDING = 64;
  static final int MAX_CALLERS = 10_000;

  /** How many distinct resources an entry of repeats names. */
  private static final int RESOURCES_NAMED = 3;

  private static final Logger log = LoggerFactory.getLogger(AuditedDeniedAccess.class);

  /** Keeps a hostile path from filling the audit with one huge entry. */
  private static final int MAX_RESOURCE = 200;

  /** Who tried what, the unit of counting. */
  private record Kind(String tenant, String caller, int status, String method, String reason) {}

  /** The attempts of a kind beyond the first in the current window. */
  private record Repeats(
      Caller caller,
      Set<String> resources,
      AtomicBoolean more,
      ContextView request,
      AtomicInteger count) {

    /** The window's first attempt of a kind; the repeats name their own resources. */
    static Repeats after(Caller caller, ContextView request) {
      return new Repeats(
          caller, ConcurrentHashMap.newKeySet(), new AtomicBoolean(), request, new AtomicInteger());
    }

    void repeated(String resource) {
      count.incrementAndGet();
      if (resource == null || resources.contains(resource)) {
        return;
      }
      if (resources.size() < RESOURCES_NAMED) {
        resources.add(resource);
      } else {
        more.set(true);
      }
    }

    /** The resources the repeats asked for, the first few of them. */
    String named() {
      String named = String.join(", ", resources.stream().sorted().toList());
      return recorded(more.get() ? named + ", …" : named);
    }
  }

  private final Dispatch dispatch;
  private final Semaphore pending = new Semaphore(MAX_PENDING);
  private final Counter dropped;
  private final ScheduledExecutorService windows;
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private volatile Map<Kind, Repeats> window = new ConcurrentHashMap<>();

  AuditedDeniedAccess(Dispatch dispatch, MeterRegistry meters, DeniedAccessProperties properties) {
    Duration length = properties.deniedWindow();
    this.dispatch = dispatch;
    this.dropped =
        Counter.builder("rapport.denied-access.dropped")
            .description("Denied attempts not recorded because too many were pending or counted")
            .register(meters);
    this.windows =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "denied-access-window");
              thread.setDaemon(true);
              return thread;
            });
    windows.scheduleAtFixedRate(
        this::closeWindow, length.toMillis(), length.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Mono<Void> record(
      ServerWebExchange exchange, HttpStatus status, Caller caller, String resource) {
    String method = exchange.getRequest().getMethod().name();
    Kind kind =
        new Kind(
            caller == null || caller.tenantId() == null
                ? RecordDeniedAccessCommand.PLATFORM_TENANT
                : caller.tenantId(),
            caller != null ? caller.userId() : source(exchange),
            status.value(),
            method,
            reason(status));
    return Mono.deferContextual(
        request -> {
          if (!counted(kind, caller, resource, request)) {
            log.info(
                "Denied {} {} {} to {}",
                status.value(),
                method,
                bounded(resource),
                caller == null ? "an unauthenticated caller" : caller.userId());
            send(caller, kind, recorded(resource), 0, request);
          }
          return Mono.empty();
        });
  }

  /**
   * Counts the attempt in the current window; false when it is the first of its kind there (to be
   * recorded at once). The window cannot close in the middle: no count is lost to a window that is
   * being recorded.
   */
  private boolean counted(Kind kind, Caller caller, String resource, ContextView request) {
    closing.readLock().lock();
    try {
      Map<Kind, Repeats> current = window;
      Repeats repeats = current.get(kind);
      if (repeats != null) {
        repeats.repeated(recorded(resource));
        return true;
      }
      if (current.size() >= MAX_CALLERS) {
        dropped.increment();
        return true;
      }
      Repeats earlier = current.putIfAbsent(kind, Repeats.after(caller, request));
      if (earlier != null) {
        earlier.repeated(recorded(resource));
        return true;
      }
      return false;
    } finally {
      closing.readLock().unlock();
    }
  }

  /** Records the repeats counted in the window that closes, one event per caller and kind. */
  private void closeWindow() {
    Map<Kind, Repeats> closed;
    this.closing.writeLock().lock();
    try {
      closed = window;
      window = new ConcurrentHashMap<>();
    } finally {
      this.closing.writeLock().unlock();
    }
    closed.forEach(
        (kind, repeats) -> {
          int count = repeats.count().get();
          if (count > 0) {
            send(repeats.caller(), kind, repeats.named(), count, repeats.request());
          }
        });
  }

  private void send(Caller caller, Kind kind, String resource, int repeats, ContextView request) {
    if (!pending.tryAcquire()) {
      dropped.increment(Math.max(1, repeats));
      return;
    }
    dispatch
        .sendQuietly(
            caller,
            RecordDeniedAccessCommand.PLATFORM_TENANT,
            new RecordDeniedAccessCommand(
                kind.status(), kind.method(), resource, kind.reason(), repeats))
        .onErrorResume(
            failure -> {
              log.warn("Could not record a denied attempt: {}", failure.toString());
              return Mono.empty();
            })
        .doFinally(signal -> pending.release())
        .contextWrite(request)
        .subscribe();
  }

  private static String source(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }

  private static String reason(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "unauthenticated";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-visible";
      default -> status.name().toLowerCase(Locale.ROOT);
    };
  }

  /** At most {@value #MAX_RESOURCE} characters. */
  private static String bounded(String resource) {
    if (resource == null) {
      return null;
    }
    return resource.length() > MAX_RESOURCE ? resource.substring(0, MAX_RESOURCE) + "…" : resource;
  }

  /**
   * What the audit keeps of a resource: bounded, its control characters (a NUL, a line break) as
   * '?', so that no reader of the history (an export, a spreadsheet, a JSON column) trips on them.
   */
  private static String recorded(String resource) {
    String shown = bounded(resource);
    if (shown == null) {
      return null;
    }
    StringBuilder visible = new StringBuilder(shown.length());
    shown.codePoints().forEach(c -> visible.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return visible.toString();
  }

  @Override
  public void destroy() {
    windows.shutdownNow();
    closeWindow(); // what was counted is recorded, as far as the event store still takes it
  }
}
