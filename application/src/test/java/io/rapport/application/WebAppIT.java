package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The gateway serves the browser app at / and on its deep links, and leaves its own paths be. */
class WebAppIT extends RapportIT {

  @Test
  void servesTheAppAtTheRootAndOnDeepLinks() {
    for (String path : new String[] {"/", "/agenda", "/chats/42", "/students/ada/timeline"}) {
      String html =
          http.get()
              .uri(path)
              .accept(MediaType.TEXT_HTML)
              .exchange()
              .expectStatus()
              .isOk()
              .expectHeader()
              .contentTypeCompatibleWith(MediaType.TEXT_HTML)
              .expectHeader()
              .valueEquals("Cache-Control", "no-cache")
              .expectBody(String.class)
              .returnResult()
              .getResponseBody();
      assertThat(html).as(path).contains("<div id=\"app\"></div>").contains("/assets/");
    }
  }

  @Test
  void tellsTheAppWhereToLogIn() {
    http.get()
        .uri("/app-config.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.issuer")
        .isEqualTo(INFRA.issuerUri())
        .jsonPath("$.clientId")
        .isEqualTo("rapport-web");
  }

  @Test
  void leavesTheApiActuatorAndApiDocsAlone() {
    http.get()
        .uri("/api/v1/nothing-here")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    as("ada.student")
        .get()
        .uri("/api/v1/nothing-here")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    // the OpenAPI document is built on its first request, which takes seconds on a busy machine
    http.mutate()
        .responseTimeout(java.time.Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk();
    http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    http.get().uri("/assets/missing.js").exchange().expectStatus().isNotFound();
    http.post()
        .uri("/agenda")
        .exchange()
        .expectStatus()
        .value(s -> assertThat(s).isNotEqualTo(200));
  }
}
