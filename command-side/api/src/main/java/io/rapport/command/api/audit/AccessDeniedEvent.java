package io.rapport.command.api.audit;

import org.axonframework.serialization.Revision;

/**
 * The edge denied a request; who tried is in the metadata (no user for a missing or invalid token).
 *
 * @param status the HTTP status answered: 401, 403 or 404
 * @param method the HTTP method
 * @param resource what was asked for: the path, or e.g. {@code chat 6f1c…}
 * @param reason why it was denied, e.g. {@code forbidden}
 * @param repeats how many more such attempts the edge counted within a minute after this caller's
 *     (or, without a valid token, this source's) first one, which was recorded on its own with
 *     {@code repeats} 0; the resource is the first of them (revision 1 had no repeats: 0)
 */
@Revision("2")
public record AccessDeniedEvent(
    int status, String method, String resource, String reason, int repeats) {}
