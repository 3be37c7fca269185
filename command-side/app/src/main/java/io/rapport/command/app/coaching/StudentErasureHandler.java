package io.rapport.command.app.coaching;

import io.rapport.command.api.privacy.EraseStudentPersonalDataCommand;
import io.rapport.command.app.privacy.Erasure;
import io.rapport.command.app.privacy.SubjectKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a student: the student's record records the erasure, and every key the student owns (their
 * own and their contacts') is deleted in the same transaction.
 */
@Component
class StudentErasureHandler {

  private final Repository<StudentRecord> records;
  private final SubjectKeys keys;

  StudentErasureHandler(Repository<StudentRecord> records, SubjectKeys keys) {
    this.records = records;
    this.keys = keys;
  }

  @CommandHandler
  void handle(EraseStudentPersonalDataCommand command, MetaData metaData) throws Exception {
    Erasure.recordThenDeleteKeys(
        records.loadOrCreate(command.recordId(), StudentRecord::new),
        it -> it.erasePersonalData(command.studentId(), metaData),
        () -> keys.eraseOwner(command.studentId()));
  }
}
