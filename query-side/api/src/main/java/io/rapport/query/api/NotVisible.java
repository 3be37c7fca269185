package io.rapport.query.api;

/**
 * Why a query answered "not found" for a resource that exists: it belongs to someone the caller may
 * not read. Carried as the details of the query's exception, so that the edge answers 404, exactly
 * as for a missing resource, and records the denied attempt.
 *
 * @param resource the kind of resource, e.g. {@code chat}
 * @param id its id
 */
public record NotVisible(String resource, String id) {}
