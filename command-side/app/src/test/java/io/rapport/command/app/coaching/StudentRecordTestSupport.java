package io.rapport.command.app.coaching;

import org.axonframework.messaging.MetaData;

/** Stamps of the student record's tests, for tests of other packages. */
public final class StudentRecordTestSupport {

  private StudentRecordTestSupport() {}

  /** The tenant-admin of the fixtures' tenant. */
  public static MetaData admin() {
    return StudentRecordTest.admin();
  }
}
