package io.rapport.command.app.member;

import io.rapport.command.api.member.DeactivateMemberCommand;
import io.rapport.command.api.member.InviteMemberCommand;
import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.ReactivateMemberCommand;
import io.rapport.command.app.member.MemberDirectory.Account;
import io.rapport.command.app.shared.Refusals;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.springframework.stereotype.Component;

/**
 * Invites, deactivates and reactivates members (rosters: {@link RosterImportHandler}): the account
 * in the identity provider and the {@link Member} change together, through {@link MemberChanges}. A
 * handler outside the aggregate, because the account is a remote call and aggregates do no I/O.
 * Should recording fail (the unit of work rolls back), the account is put back: an account created
 * is removed, one disabled enabled again. The identity provider is the arbiter of a race between
 * two invitations of one e-mail: only one creates the account.
 */
@Component
class MemberHandler {

  private final MemberChanges changes;
  private final MemberDirectory directory;

  MemberHandler(MemberChanges changes) {
    this.changes = changes;
    this.directory = changes.directory();
  }

  /** Returns the new member's user id. */
  @CommandHandler
  String handle(InviteMemberCommand command, MetaData metaData) {
    String tenant = MemberChanges.tenantAdminsTenant(metaData);
    MemberProfile profile = MemberRules.checked(command.profile());
    String coachId = changes.coachOf(tenant, profile.coachEmail());
    Optional<Account> existing = directory.findByEmail(profile.email());
    if (existing.isPresent()) {
      throw Refusals.conflict(
          "member-exists",
          tenant.equals(existing.get().tenantId())
              ? "A member of this tenant has this e-mail address."
              : "An account with this e-mail address exists already.");
    }
    return changes.create(tenant, profile, coachId, null, metaData);
  }

  @CommandHandler
  void handle(DeactivateMemberCommand command, MetaData metaData) {
    Aggregate<Member> member = changes.memberOf(command.userId(), metaData);
    if (member.invoke(m -> m.deactivate(metaData))) {
      directory.enable(command.userId(), false);
      CurrentUnitOfWork.get()
          .onRollback(
              u ->
                  MemberChanges.putBack(
                      () -> directory.enable(command.userId(), true), command.userId()));
    }
  }

  @CommandHandler
  void handle(ReactivateMemberCommand command, MetaData metaData) {
    Aggregate<Member> member = changes.memberOf(command.userId(), metaData);
    if (member.invoke(m -> m.reactivate(metaData))) {
      directory.enable(command.userId(), true);
      CurrentUnitOfWork.get()
          .onRollback(
              u ->
                  MemberChanges.putBack(
                      () -> directory.enable(command.userId(), false), command.userId()));
    }
  }
}
