package io.rapport.query.api.student;

/** What the student should do next, as of the moment of reading. */
public record FetchAgendaQuery(String studentId) {}
