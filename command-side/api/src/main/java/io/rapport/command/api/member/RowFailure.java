package io.rapport.command.api.member;

/**
 * A roster row that was not imported: its number (1 is the first row after the header), the field
 * at fault (null when it is not one field's) and why, in words that quote none of the row's data.
 */
public record RowFailure(int row, String field, String message) {}
