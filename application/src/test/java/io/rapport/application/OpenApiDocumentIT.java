package io.rapport.application;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser app's API types are generated from a copy of the OpenAPI document that the gateway
 * serves (web/src/api/openapi.json): the copy must be what the server serves, so a changed
 * controller or response shape fails here until the copy, and with it the app's types, follow.
 * {@code -Dopenapi.write=true} (or {@code OPENAPI_WRITE=true}) rewrites the copy instead.
 */
class OpenApiDocumentIT extends RapportIT {

  private static final String COPY = "web/src/api/openapi.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @Test
  void theAppsCopyOfTheOpenApiDocumentIsTheServedOne() throws IOException {
    // the document is built on its first request, which takes seconds on a busy machine
    byte[] served =
        http.mutate()
            .responseTimeout(Duration.ofSeconds(60))
            .build()
            .get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String expected = normalized(served);
    Path copy = copyPath();

    if (writeRequested()) {
      Files.writeString(copy, expected, StandardCharsets.UTF_8);
      return;
    }
    String actual = Files.exists(copy) ? Files.readString(copy, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      fail(
          "%s differs from the OpenAPI document the gateway serves at /v3/api-docs (%s). Refresh it"
              + " with ./mvnw -B verify -pl application -Dit.test=OpenApiDocumentIT -Dtest=none"
              + " -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true, then regenerate the"
              + " app's types with (cd web && npm run api:types) and commit both.",
          copy, firstDifference(expected, actual));
    }
  }

  /** Where two documents part, by line. */
  static String firstDifference(String served, String copy) {
    List<String> servedLines = served.lines().toList();
    List<String> copyLines = copy.lines().toList();
    int line = 0;
    while (line < servedLines.size()
        && line < copyLines.size()
        && servedLines.get(line).equals(copyLines.get(line))) {
      line++;
    }
    return "first at line %d: served %s, copy %s"
        .formatted(line + 1, lineOrEnd(servedLines, line), lineOrEnd(copyLines, line));
  }

  private static String lineOrEnd(List<String> lines, int index) {
    return index < lines.size() ? "'" + lines.get(index).strip() + "'" : "the end";
  }

  /**
   * Keys sorted at every level, two-space indentation, one trailing newline; without the servers,
   * which name the test run's random port.
   */
  static String normalized(byte[] document) throws IOException {
    JsonNode tree = JSON.readTree(document);
    ((ObjectNode) tree).remove("servers");
    Object sorted = JSON.treeToValue(tree, Object.class);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer).writeValueAsString(sorted) + "\n";
  }

  private static boolean writeRequested() {
    return Boolean.getBoolean("openapi.write")
        || "true".equalsIgnoreCase(System.getenv("OPENAPI_WRITE"));
  }

  /** The copy in web/, found from wherever the tests run (the project's root or any module). */
  private static Path copyPath() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("web/src/api"))) {
        return dir.resolve(COPY);
      }
    }
    throw new IllegalStateException("No web/src/api above " + start);
  }
}
