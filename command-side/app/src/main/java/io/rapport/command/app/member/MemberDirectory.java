package io.rapport.command.app.member;

import io.rapport.command.api.member.MemberRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity provider's accounts, as the roster sees them. The application supplies the
 * implementation (Keycloak's admin API); every call blocks on a remote call, so no aggregate calls
 * one.
 */
public interface MemberDirectory {

  /** An account, with the tenant it is a member of (null: none, or several) and its role there. */
  record Account(
      String userId,
      String email,
      String firstName,
      String lastName,
      String tenantId,
      MemberRole role,
      boolean enabled) {}

  /** An account to create: its e-mail is its user name. */
  record NewAccount(String email, String firstName, String lastName, MemberRole role) {}

  /**
   * Creates, in one call, the enabled accounts of those e-mails that have none yet, each with its
   * role and as a member of the tenant's organization; answers the new user ids by e-mail. An
   * e-mail that has an account already is left alone, and absent from the answer.
   */
  Map<String, String> createAll(String tenantId, List<NewAccount> accounts);

  /** Whether any account has exactly this e-mail address (one cheap lookup). */
  boolean hasAccount(String email);

  /** The account with the user id, in any tenant or none. */
  Optional<Account> find(String userId);

  /** The account with exactly this e-mail address, in any tenant or none. */
  Optional<Account> findByEmail(String email);

  /**
   * Creates an enabled account for the e-mail, with the role, as a member of the tenant's
   * organization; answers its user id, or nothing when an account with the e-mail was created
   * meanwhile.
   */
  Optional<String> create(
      String tenantId, String email, String firstName, String lastName, MemberRole role);

  /** Sets the account's names and role (the role replacing any other member role). */
  void update(String userId, String firstName, String lastName, MemberRole role);

  /**
   * Lets the account sign in, or not; an account disabled also loses its sessions, so that no token
   * can be refreshed.
   */
  void enable(String userId, boolean enabled);

  /** Removes an account created by {@link #create}, when recording it failed after all. */
  void remove(String userId);
}
