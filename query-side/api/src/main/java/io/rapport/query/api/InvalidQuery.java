package io.rapport.query.api;

/**
 * Why a query was refused as malformed (e.g. a cursor this API never gave out). Carried as the
 * details of the query's exception, so that the edge answers 400 naming the parameter.
 *
 * @param field the parameter at fault
 * @param message what is wrong with it
 */
public record InvalidQuery(String field, String message) {}
