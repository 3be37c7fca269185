package io.rapport.gateway.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.command.api.member.MemberRole;
import io.rapport.gateway.http.InvalidQueryException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A roster as a tenant-admin sends it: its header, its rows, and the rows it cannot read. */
class RosterTest {

  @Test
  void rowsAreReadByTheirHeaderInAnyOrderWithQuotingAndWithoutCohortAndCoach() {
    List<Roster.Row> rows =
        Roster.parse(
            "\uFEFFrole,Email,firstName,lastName\n"
                + "student,ada@x.example,Ada,\"Lovelace, Countess\"\n"
                + "\n"
                + "tenant-admin,dan@x.example,Dan,Admin\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(1);
    assertThat(rows.get(0).profile().lastName()).isEqualTo("Lovelace, Countess");
    assertThat(rows.get(0).profile().email()).isEqualTo("ada@x.example");
    assertThat(rows.get(0).profile().role()).isEqualTo(MemberRole.STUDENT);
    assertThat(rows.get(0).profile().cohort()).isNull();
    assertThat(rows.get(1).profile().role()).isEqualTo(MemberRole.TENANT_ADMIN);
  }

  @Test
  void aRowItCannotReadFailsAloneWithItsNumberAndField() {
    List<Roster.Row> rows =
        Roster.parse(
            "email,firstName,lastName,role\n"
                + "a@x.example,A,B,WIZARD\n"
                + "b@x.example,B\n"
                + "c@x.example,C,D,COACH\n");
    assertThat(rows.get(0).readable()).isFalse();
    assertThat(rows.get(0).field()).isEqualTo("role");
    assertThat(rows.get(1).readable()).isFalse();
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(2).readable()).isTrue();
  }

  @Test
  void aHeaderItCannotUseRefusesTheWholeFile() {
    assertThatThrownBy(() -> Roster.parse("email,firstName,lastName\nx@y.example,X,Y\n"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("role");
    assertThatThrownBy(() -> Roster.parse("email,firstName,lastName,role,password\n"))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> Roster.parse("")).isInstanceOf(InvalidQueryException.class);
  }
}
