package io.rapport.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Who calls, in the authorization matrix, and what each kind of endpoint answers them. */
final class AccessMatrix {

  /** The callers, relative to ada.student's records. */
  enum Who {
    OWNER("ada.student"),
    OTHER_STUDENT("ben.student"),
    ASSIGNED_COACH("carla.coach"),
    OTHER_COACH("nora.coach"),
    TENANT_ADMIN("dan.admin"),
    PLATFORM_ADMIN("pat.platform"),
    OTHER_TENANT_STUDENT("eve.student"),
    OTHER_TENANT_COACH("finn.coach"),
    OTHER_TENANT_ADMIN("gia.admin"),
    NO_TOKEN(null);

    final String username;

    Who(String username) {
      this.username = username;
    }

    boolean otherTenant() {
      return name().startsWith("OTHER_TENANT");
    }
  }

  private AccessMatrix() {}

  /** What a caller got: the status, and the body (the first bytes of an accepted stream). */
  record Answer(int status, String body) {}

  /**
   * Opens a stream and keeps its status and, when refused, its body: an accepted stream never ends,
   * so only its first bytes are read before it is closed.
   */
  static Answer openStream(WebTestClient.RequestHeadersSpec<?> request) {
    FluxExchangeResult<byte[]> result =
        request.accept(MediaType.TEXT_EVENT_STREAM).exchange().returnResult(byte[].class);
    Flux<byte[]> body = result.getResponseBody();
    if (result.getStatus().is2xxSuccessful()) {
      body = body.take(1);
    }
    String text =
        body.timeout(Duration.ofSeconds(30))
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
            .collect(Collectors.joining())
            .block();
    return new Answer(result.getStatus().value(), text);
  }

  /** Expected statuses, one per caller. */
  static Map<Who, Integer> expect(int... statuses) {
    Map<Who, Integer> expected = new EnumMap<>(Who.class);
    Who[] callers = Who.values();
    if (statuses.length != callers.length) {
      throw new IllegalArgumentException("one status per caller: " + callers.length);
    }
    for (int i = 0; i < callers.length; i++) {
      expected.put(callers[i], statuses[i]);
    }
    return expected;
  }

  //                                    own  stu  coa  oco  adm  pla  ots  otc  ota  none
  /** Reading ada's records: herself, her coach and the tenant-admin. */
  static final Map<Who, Integer> READ_ADA =
      expect(200, 404, 200, 404, 200, 403, 404, 404, 404, 401);

  /** A student's own action on ada's records. */
  static Map<Who, Integer> actOnAda(int ok) {
    return expect(ok, 404, 403, 403, 403, 403, 404, 403, 403, 401);
  }

  /** Anything a member of any tenant may do for themselves. */
  static Map<Who, Integer> anyMember(int ok) {
    return expect(ok, ok, ok, ok, ok, 403, ok, ok, ok, 401);
  }

  /** A student's own action on their own records. */
  static Map<Who, Integer> anyStudent(int ok) {
    return expect(ok, ok, 403, 403, 403, 403, ok, 403, 403, 401);
  }

  /** Tenant administration, each admin in their own tenant. */
  static Map<Who, Integer> tenantAdmin(int ok) {
    return expect(403, 403, 403, 403, ok, 403, 403, 403, ok, 401);
  }

  /** Reading an audit: each admin their tenant's, platform staff the platform's. */
  static Map<Who, Integer> auditReader(int ok) {
    return expect(403, 403, 403, 403, ok, ok, 403, 403, ok, 401);
  }

  /** A coach's own view. */
  static Map<Who, Integer> coach(int ok) {
    return expect(403, 403, ok, ok, 403, 403, 403, ok, 403, 401);
  }

  /** Platform operations. */
  static Map<Who, Integer> platform(int ok) {
    return expect(403, 403, 403, 403, 403, ok, 403, 403, 403, 401);
  }
}
