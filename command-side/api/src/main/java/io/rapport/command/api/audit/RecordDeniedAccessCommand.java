package io.rapport.command.api.audit;

/**
 * The edge denied a request (401, 403, or 404 on someone else's resource); recorded with the
 * caller's stamp in the metadata. A caller without a tenant (no valid token, or platform staff) is
 * recorded under {@link #PLATFORM_TENANT}.
 *
 * @param status the HTTP status answered
 * @param method the HTTP method
 * @param resource what was asked for: the path, or e.g. {@code chat 6f1c…}
 * @param reason why it was denied, e.g. {@code unauthenticated}, {@code forbidden}, {@code
 *     not-visible}
 * @param repeats how many more such attempts were counted after the first (0 for the first)
 */
public record RecordDeniedAccessCommand(
    int status, String method, String resource, String reason, int repeats) {

  /**
   * The tenant id under which attempts without a tenant are recorded. It starts with an underscore,
   * and tenant onboarding must refuse ids that do, so that it never meets a real tenant.
   */
  public static final String PLATFORM_TENANT = "_platform";
}
