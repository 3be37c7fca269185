package io.rapport.command.api.audit;

import org.axonframework.serialization.Revision;

/**
 * The edge denied a request; who tried is in the metadata (no user for a missing or invalid token).
 *
 * @param status the HTTP status answered: 401, 403 or 404
 * @param method the HTTP method
 * @param resource what was asked for: the path, or e.g. {@code chat 6f1c…}
 * @param reason why it was denied, e.g. {@code forbidden}
 */
@Revision("1")
public record AccessDeniedEvent(int status, String method, String resource, String reason) {}
