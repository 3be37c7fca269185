package io.rapport.command.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The position an event's metadata gains when the event store reads it. */
class PositionStampingStorageEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stamped(String metaData, long position) throws Exception {
    return JSON.readValue(
        PositionStampingStorageEngine.withPosition(
            metaData.getBytes(StandardCharsets.UTF_8), position),
        Map.class);
  }

  @Test
  void addsThePositionBesideTheStampsOfTheCommand() throws Exception {
    assertThat(stamped("{\"tenantId\":\"northfield\",\"roles\":[\"student\"]}", 53))
        .containsEntry("tenantId", "northfield")
        .containsEntry("position", 53);
  }

  @Test
  void addsItToEmptyMetadata() throws Exception {
    assertThat(stamped("{ }", 7)).containsOnly(Map.entry("position", 7));
  }

  @Test
  void keepsLargePositions() throws Exception {
    assertThat(stamped("{\"a\":1}\n", 12_345_678_901L)).containsEntry("position", 12_345_678_901L);
  }
}
