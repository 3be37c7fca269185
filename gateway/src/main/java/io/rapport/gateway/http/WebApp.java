package io.rapport.gateway.http;

import io.rapport.gateway.security.IssuerEndpoint;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The browser app (module {@code web}, served from {@code static/}): where it logs in, and its
 * index.html for every deep link, so that a reload of {@code /chats/42} opens the app at that chat.
 * The server's own paths (API, actuator, API docs) and files (anything with an extension) are left
 * alone, so an unknown API path still answers problem details.
 */
@Configuration(proxyBeanMethods = false)
class WebApp {

  /** Keycloak's public client of the app: authorization code flow with PKCE. */
  static final String CLIENT_ID = "rapport-web";

  private static final Set<String> SERVER_PATHS =
      Set.of("api", "actuator", "v3", "swagger-ui", "webjars");

  /** Where the app sends its users to log in: the realm that issues the API's tokens. */
  @Bean
  RouterFunction<ServerResponse> webAppConfiguration(IssuerEndpoint issuer) {
    return RouterFunctions.route(
        RequestPredicates.GET("/app-config.json"),
        request ->
            ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache())
                .bodyValue(Map.of("issuer", issuer.issuerUri(), "clientId", CLIENT_ID)));
  }

  @Bean
  WebFilter webAppDeepLinks() {
    return WebApp::deepLinks;
  }

  private static Mono<Void> deepLinks(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!isAppPage(request.getMethod(), request.getPath().pathWithinApplication().value())) {
      return chain.filter(exchange);
    }
    // index.html names the hashed assets of the current build: never serve a stale one
    exchange.getResponse().getHeaders().setCacheControl(CacheControl.noCache());
    return chain.filter(
        exchange.mutate().request(request.mutate().path("/index.html").build()).build());
  }

  /** A page of the app: a GET of a path that is neither the server's own nor a file. */
  static boolean isAppPage(HttpMethod method, String path) {
    if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return false;
    }
    String[] segments = path.split("/");
    if (segments.length > 1 && SERVER_PATHS.contains(segments[1])) {
      return false;
    }
    String last = segments.length == 0 ? "" : segments[segments.length - 1];
    return !last.contains(".") || path.equals("/index.html");
  }
}
