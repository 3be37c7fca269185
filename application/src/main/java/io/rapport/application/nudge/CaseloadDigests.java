package io.rapport.application.nudge;

import io.rapport.command.api.Stamp;
import io.rapport.command.app.nudge.CoachCaseloads;
import io.rapport.query.api.coaching.CaseloadView;
import io.rapport.query.api.coaching.FetchCaseloadQuery;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A coach's students who need help, from the coach's caseload as the coach would see it. */
@Component
class CaseloadDigests implements CoachCaseloads {

  private final ObjectProvider<QueryGateway> queries;

  CaseloadDigests(ObjectProvider<QueryGateway> queries) {
    this.queries = queries;
  }

  @Override
  public List<String> needingHelp(String tenantId, String coachId) {
    MetaData asCoach =
        MetaData.from(
            Map.of(
                Stamp.TENANT_ID.key(),
                tenantId,
                Stamp.USER_ID.key(),
                coachId,
                Stamp.ROLES.key(),
                List.of("coach"),
                Stamp.CORRELATION_ID.key(),
                "digest:" + coachId));
    CaseloadView caseload =
        queries
            .getObject()
            .query(
                new GenericMessage<>(new FetchCaseloadQuery(), asCoach),
                ResponseTypes.instanceOf(CaseloadView.class))
            .join();
    if (caseload == null) {
      return List.of();
    }
    return caseload.students().stream()
        .filter(student -> !student.badges().isEmpty())
        .map(student -> student.studentId() + ":" + String.join(",", student.badges()))
        .toList();
  }
}
