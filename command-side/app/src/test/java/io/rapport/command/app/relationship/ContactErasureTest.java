package io.rapport.command.app.relationship;

import static io.rapport.command.app.Fixtures.BEN;
import static io.rapport.command.app.Fixtures.OTHER_TENANT;
import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.notFound;
import static io.rapport.command.app.Fixtures.stamp;
import static io.rapport.command.app.relationship.RelationshipTest.started;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.EraseContactPersonalDataCommand;
import io.rapport.command.app.Fixtures;
import io.rapport.command.app.coaching.StudentRecordTestSupport;
import io.rapport.command.app.privacy.SubjectKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The student or a tenant-admin erases a contact; the contact's key goes with the erasure. */
class ContactErasureTest {

  private final List<String> erased = new ArrayList<>();
  private AggregateTestFixture<Relationship> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Relationship.class);
    fixture.registerAnnotatedCommandHandler(
        new ContactErasureHandler(
            fixture.getRepository(),
            new SubjectKeys(new JdbcTemplate(), Duration.ZERO) {
              @Override
              public void eraseSubject(String subjectId) {
                erased.add(subjectId);
              }
            }));
  }

  @Test
  void canEraseTheContactAsTheStudent() {
    fixture
        .given(started())
        .when(new EraseContactPersonalDataCommand("r1"), ada())
        .expectEvents(new ContactPersonalDataErasedEvent("r1", "ada"));
    assertThat(erased).containsExactly("contact-r1");
  }

  @Test
  void canEraseTheContactAsTheTenantAdmin() {
    fixture
        .given(started())
        .when(new EraseContactPersonalDataCommand("r1"), StudentRecordTestSupport.admin())
        .expectEvents(new ContactPersonalDataErasedEvent("r1", "ada"));
    assertThat(erased).containsExactly("contact-r1");
  }

  @Test
  void cannotEraseAnotherStudentsContact() {
    refused(stamp(TENANT, BEN));
  }

  @Test
  void cannotEraseAContactOfAnotherTenant() {
    refused(MetaData.from(StudentRecordTestSupport.admin()).and("tenantId", OTHER_TENANT));
  }

  private void refused(MetaData stamp) {
    fixture
        .given(started())
        .when(new EraseContactPersonalDataCommand("r1"), stamp)
        .expectNoEvents()
        .expectException(notFound());
    assertThat(erased).isEmpty();
  }
}
