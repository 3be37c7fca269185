package io.rapport.command.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.command.api.chat.QuestionFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerResultsTest {

  private final HandlerResults results =
      new HandlerResults(new ObjectMapper().findAndRegisterModules());

  record Receipt(String id, List<QuestionFlag> flags) {}

  private Object roundTrip(Object result) {
    HandlerResults.Stored stored = results.store(result);
    return results.read(stored.type(), stored.json());
  }

  @Test
  void keepsACollectionOfEnumsAsEnums() {
    Object read = roundTrip(List.of(QuestionFlag.SALARY, QuestionFlag.CLOSED_ENDED));

    assertThat(read).isEqualTo(List.of(QuestionFlag.SALARY, QuestionFlag.CLOSED_ENDED));
  }

  @Test
  void keepsASetAsASet() {
    Object read = roundTrip(EnumSet.of(QuestionFlag.JOB_OFFER));

    assertThat(read)
        .isInstanceOf(java.util.Set.class)
        .isEqualTo(java.util.Set.of(QuestionFlag.JOB_OFFER));
  }

  @Test
  void keepsRecordsStringsMapsAndNothing() {
    assertThat(roundTrip(new Receipt("r-1", List.of(QuestionFlag.SALARY))))
        .isEqualTo(new Receipt("r-1", List.of(QuestionFlag.SALARY)));
    assertThat(roundTrip("chat-1")).isEqualTo("chat-1");
    assertThat(roundTrip(Map.of("a", 1))).isEqualTo(Map.of("a", 1));
    assertThat(roundTrip(List.of())).isEqualTo(List.of());
    assertThat(roundTrip(null)).isNull();
  }
}
