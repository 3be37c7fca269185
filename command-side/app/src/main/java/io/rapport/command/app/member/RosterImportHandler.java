package io.rapport.command.app.member;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.member.ImportMembersCommand;
import io.rapport.command.api.member.ImportMembersCommand.RosterRow;
import io.rapport.command.api.member.ImportMembersCommand.RowOutcome;
import io.rapport.command.api.member.ImportOutcome;
import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.RowFailure;
import io.rapport.command.app.member.MemberDirectory.Account;
import io.rapport.command.app.member.MemberDirectory.NewAccount;
import io.rapport.command.app.shared.Refusals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports rows of a roster, a few dozen in one unit of work: the accounts of the e-mails new to the
 * identity provider are created together (one call for all of them), then each row is recorded, or
 * compared with its member's account and brought up to date. A row whose input is refused, or whose
 * e-mail belongs to another tenant, fails alone. Should recording fail, every account created for
 * the rows is removed again.
 */
@Component
class RosterImportHandler {

  private static final Logger log = LoggerFactory.getLogger(RosterImportHandler.class);

  private final MemberChanges changes;
  private final MemberDirectory directory;

  RosterImportHandler(MemberChanges changes) {
    this.changes = changes;
    this.directory = changes.directory();
  }

  @CommandHandler
  List<RowOutcome> handle(ImportMembersCommand command, MetaData metaData) {
    String tenant = MemberChanges.tenantAdminsTenant(metaData);
    List<RowOutcome> outcomes = new ArrayList<>();
    Map<RosterRow, Checked> checked = new LinkedHashMap<>();
    java.util.Set<String> emails = new java.util.HashSet<>();
    for (RosterRow row : command.rows()) {
      try {
        MemberProfile profile = MemberRules.checked(row.profile());
        if (!emails.add(profile.email())) {
          throw Refusals.invalid("email", "An earlier row has this e-mail address too.");
        }
        checked.put(row, new Checked(profile, changes.coachOf(tenant, profile.coachEmail())));
      } catch (CommandExecutionException refused) {
        outcomes.add(failed(row.row(), refused));
      }
    }
    Map<String, String> created =
        command.dryRun() ? Map.of() : createAccounts(tenant, List.copyOf(checked.values()));
    if (!created.isEmpty()) {
      CurrentUnitOfWork.get()
          .onRollback(
              u ->
                  created
                      .values()
                      .forEach(
                          userId -> MemberChanges.putBack(() -> directory.remove(userId), userId)));
    }
    checked.forEach(
        (row, c) -> {
          try {
            outcomes.add(
                new RowOutcome(row.row(), imported(tenant, c, created, command, metaData), null));
          } catch (CommandExecutionException refused) {
            outcomes.add(failed(row.row(), refused));
          }
        });
    outcomes.sort(java.util.Comparator.comparingInt(RowOutcome::row));
    return outcomes;
  }

  /**
   * Creates the accounts of the rows' e-mails that have none, in one call. The identity provider
   * leaves alone an e-mail whose account has it as its user name, but refuses the whole call for
   * one whose account has another (such as the realm's own users): then each e-mail is looked up
   * first and only the new ones are sent.
   */
  private Map<String, String> createAccounts(String tenant, List<Checked> rows) {
    try {
      return directory.createAll(tenant, rows.stream().map(Checked::account).toList());
    } catch (RuntimeException refused) {
      log.debug("Creating the accounts of a batch at once was refused; looking each up", refused);
      return directory.createAll(
          tenant,
          rows.stream()
              .filter(row -> !directory.hasAccount(row.profile().email()))
              .map(Checked::account)
              .toList());
    }
  }

  /** A row's profile once its rules hold, with its coach's user id (null for none). */
  private record Checked(MemberProfile profile, String coachId) {

    NewAccount account() {
      return new NewAccount(
          profile.email(), profile.firstName(), profile.lastName(), profile.role());
    }
  }

  private ImportOutcome imported(
      String tenant,
      Checked row,
      Map<String, String> created,
      ImportMembersCommand command,
      MetaData metaData) {
    MemberProfile profile = row.profile();
    String userId = created.get(profile.email());
    if (userId != null) {
      changes.recordNew(tenant, userId, profile, row.coachId(), command.importId(), metaData);
      return ImportOutcome.CREATED;
    }
    Optional<Account> existing = directory.findByEmail(profile.email());
    if (existing.isEmpty()) {
      if (command.dryRun()) {
        return ImportOutcome.CREATED;
      }
      // created meanwhile by someone else, or refused by the identity provider
      throw Refusals.conflict(
          "member-exists", "The account could not be created; import the row again.");
    }
    Account account = existing.get();
    if (!tenant.equals(account.tenantId())) {
      throw Refusals.conflict(
          "member-exists", "An account with this e-mail address exists already.");
    }
    return changes.update(
        tenant, account, profile, row.coachId(), command.importId(), command.dryRun(), metaData);
  }

  private static RowOutcome failed(int row, CommandExecutionException refused) {
    if (refused.getDetails().orElse(null) instanceof Refusal refusal) {
      return new RowOutcome(row, null, new RowFailure(row, refusal.field(), refusal.detail()));
    }
    log.warn("Row {} of an import failed", row, refused);
    return new RowOutcome(
        row, null, new RowFailure(row, null, "The row could not be imported now."));
  }
}
