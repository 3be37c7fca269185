package io.rapport.command.api.violation;

/** Breaks the rule that api modules hold only records and enums. */
public class ApiServiceClass {}
