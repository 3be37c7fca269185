package io.rapport.query.api.privacy;

/** Every event of the student, decrypted where the keys still exist; a streaming query. */
public record ExportStudentQuery(String studentId) {}
