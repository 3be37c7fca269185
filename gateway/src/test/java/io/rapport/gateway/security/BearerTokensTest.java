package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The bearer token is read as Spring Security reads it, whatever the header holds. */
class BearerTokensTest {

  private static final String JWT =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXdpdGgtXy1hbmQtfi1hbmQtKy8";

  private final ServerAuthenticationConverter ours = new BearerTokens();
  private final ServerAuthenticationConverter springs =
      new ServerBearerTokenAuthenticationConverter();

  @Test
  void takesAWellFormedBearerTokenAsItIs() {
    assertThat(outcome(ours, "/api/v1/me", "Bearer " + JWT)).isEqualTo("token " + JWT);
    assertThat(BearerTokens.wellFormed(request("/api/v1/me", "bearer " + JWT + "=="))).isNotNull();
  }

  @Test
  void answersEveryHeaderAsSpringSecurityDoes() {
    List<String> headers = new ArrayList<>();
    headers.add(null);
    for (String scheme : List.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ")) {
      for (String token :
          List.of(
              JWT,
              JWT + "=",
              JWT + "==",
              "=",
              "",
              "a=b",
              JWT + " ",
              " " + JWT,
              JWT + "\t",
              JWT.replace('.', ','),
              JWT + "é",
              JWT + "%2E",
              "a".repeat(2000))) {
        headers.add(scheme + token);
      }
    }
    for (char c = 0x20; c < 0x7F; c++) {
      headers.add("Bearer abc" + c + "def");
    }
    List<String> differing = new ArrayList<>();
    for (String path : List.of("/api/v1/me", "/api/v1/me?access_token=" + JWT)) {
      for (String header : headers) {
        String theirs = outcome(springs, path, header);
        if (!outcome(ours, path, header).equals(theirs)) {
          differing.add(path + " " + header + " (Spring Security: " + theirs + ")");
        }
      }
    }
    assertThat(differing).isEmpty();
  }

  private static String outcome(
      ServerAuthenticationConverter converter, String path, String header) {
    try {
      return converter
          .convert(MockServerWebExchange.from(request(path, header)))
          .map(found -> "token " + ((BearerTokenAuthenticationToken) found).getToken())
          .defaultIfEmpty("none")
          .block();
    } catch (OAuth2AuthenticationException refused) {
      return "refused " + refused.getError().getErrorCode();
    }
  }

  private static MockServerHttpRequest request(String path, String header) {
    MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get(path);
    if (header != null) {
      request.header("Authorization", header);
    }
    return request.build();
  }
}
