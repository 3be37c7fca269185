package io.rapport.command.app.member;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.command.api.Stamp;
import io.rapport.command.api.coaching.AssignCoachCommand;
import io.rapport.command.api.coaching.EnrolStudentCommand;
import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.command.api.member.ImportOutcome;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.MemberRecordedEvent;
import io.rapport.command.api.member.MemberRole;
import io.rapport.command.app.coaching.StudentRecord;
import io.rapport.command.app.member.MemberDirectory.Account;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the roster's handlers do to accounts and members: the account in the identity provider is
 * changed first and the change recorded after; should recording fail (the unit of work rolls back),
 * the account is put back. A student's cohort and coach are the student's record's ({@code
 * EnrolStudentCommand}, {@code AssignCoachCommand}), sent from here in the same unit of work.
 */
@Component
class MemberChanges {

  private static final Logger log = LoggerFactory.getLogger(MemberChanges.class);

  static final Duration COACHES_KEPT = Duration.ofSeconds(30);

  private final Cache<String, String> coaches =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(COACHES_KEPT).build();
  private final Repository<Member> members;
  private final Repository<StudentRecord> records;
  private final MemberDirectory directory;
  private final ObjectProvider<CommandGateway> commands;

  MemberChanges(
      Repository<Member> members,
      Repository<StudentRecord> records,
      MemberDirectory directory,
      ObjectProvider<CommandGateway> commands) {
    this.members = members;
    this.records = records;
    this.directory = directory;
    this.commands = commands;
  }

  MemberDirectory directory() {
    return directory;
  }

  /** Creates the member's account and records the member; answers the new user id. */
  String create(
      String tenant, MemberProfile profile, String coachId, String importId, MetaData metaData) {
    String userId =
        directory
            .create(
                tenant, profile.email(), profile.firstName(), profile.lastName(), profile.role())
            .orElseThrow(
                () ->
                    Refusals.conflict(
                        "member-exists", "An account with this e-mail address exists already."));
    CurrentUnitOfWork.get().onRollback(u -> putBack(() -> directory.remove(userId), userId));
    recordNew(tenant, userId, profile, coachId, importId, metaData);
    return userId;
  }

  /** Records a member whose account was just created, with their cohort and coach. */
  void recordNew(
      String tenant,
      String userId,
      MemberProfile profile,
      String coachId,
      String importId,
      MetaData metaData) {
    newMember(
        new MemberInvitedEvent(
            userId,
            profile.email(),
            profile.firstName(),
            profile.lastName(),
            profile.role(),
            importId));
    studentRecord(tenant, userId, profile, coachId, metaData);
  }

  /**
   * Brings a member of the tenant up to date with a roster row (names and role on the account, then
   * cohort and coach on the student's record); answers whether anything changed. A dry run changes
   * nothing and answers whether it would.
   */
  ImportOutcome update(
      String tenant,
      Account account,
      MemberProfile profile,
      String coachId,
      String importId,
      boolean dryRun,
      MetaData metaData) {
    boolean changed =
        !Objects.equals(account.firstName(), profile.firstName())
            || !Objects.equals(account.lastName(), profile.lastName())
            || account.role() != profile.role();
    boolean recordChanged = recordDiffers(tenant, account.userId(), profile, coachId);
    if (dryRun) {
      return changed || recordChanged ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }
    Aggregate<Member> member = memberOf(account, metaData);
    if (changed) {
      directory.update(account.userId(), profile.firstName(), profile.lastName(), profile.role());
      CurrentUnitOfWork.get()
          .onRollback(
              u ->
                  putBack(
                      () ->
                          directory.update(
                              account.userId(),
                              account.firstName(),
                              account.lastName(),
                              account.role()),
                      account.userId()));
      member.execute(
          m -> m.change(profile.firstName(), profile.lastName(), profile.role(), importId));
    }
    if (recordChanged) {
      studentRecord(tenant, account.userId(), profile, coachId, metaData);
    }
    return changed || recordChanged ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
  }

  /** Whether the profile's cohort or coach is not what the student's record holds. */
  boolean recordDiffers(String tenant, String userId, MemberProfile profile, String coachId) {
    if (profile.cohort() == null && coachId == null) {
      return false;
    }
    try {
      return records
          .load(new StudentRecordId(tenant, userId).value())
          .invoke(record -> record.differsFrom(profile.cohort(), coachId));
    } catch (AggregateNotFoundException none) {
      return true;
    }
  }

  /** Sends the student's cohort and coach to the student's record. */
  void studentRecord(
      String tenant, String userId, MemberProfile profile, String coachId, MetaData metaData) {
    String record = new StudentRecordId(tenant, userId).value();
    MetaData stamps = stamps(metaData);
    if (profile.cohort() != null) {
      commands
          .getObject()
          .sendAndWait(
              GenericCommandMessage.asCommandMessage(
                      new EnrolStudentCommand(record, userId, profile.cohort()))
                  .withMetaData(stamps));
    }
    if (coachId != null) {
      commands
          .getObject()
          .sendAndWait(
              GenericCommandMessage.asCommandMessage(
                      new AssignCoachCommand(record, userId, coachId))
                  .withMetaData(stamps));
    }
  }

  /** The member with the user id, recorded now if the roster never acted on them before. */
  Aggregate<Member> memberOf(String userId, MetaData metaData) {
    String tenant = tenantAdminsTenant(metaData);
    try {
      Aggregate<Member> member = members.load(Member.idOf(userId));
      member.execute(m -> m.ensureTenantAdmin(metaData));
      return member;
    } catch (AggregateNotFoundException never) {
      Account account =
          directory
              .find(userId)
              .filter(found -> tenant.equals(found.tenantId()))
              .orElseThrow(() -> Refusals.notVisible("member"));
      return record(account);
    }
  }

  Aggregate<Member> memberOf(Account account, MetaData metaData) {
    try {
      Aggregate<Member> member = members.load(Member.idOf(account.userId()));
      member.execute(m -> m.ensureTenantAdmin(metaData));
      return member;
    } catch (AggregateNotFoundException never) {
      return record(account);
    }
  }

  private Aggregate<Member> record(Account account) {
    return newMember(
        new MemberRecordedEvent(
            account.userId(),
            account.email(),
            account.firstName(),
            account.lastName(),
            account.role()));
  }

  Aggregate<Member> newMember(Object joined) {
    try {
      return members.newInstance(() -> new Member(joined));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Could not record a member", e);
    }
  }

  /**
   * The user id of the tenant's coach with the e-mail; null for none asked. A roster names the same
   * few coaches on thousands of rows: a coach found is remembered for {@link #COACHES_KEPT}.
   */
  String coachOf(String tenant, String coachEmail) {
    if (coachEmail == null) {
      return null;
    }
    String key = tenant + "|" + coachEmail;
    String known = coaches.getIfPresent(key);
    if (known != null) {
      return known;
    }
    String coachId =
        directory
            .findByEmail(coachEmail)
            .filter(coach -> tenant.equals(coach.tenantId()) && coach.role() == MemberRole.COACH)
            .map(Account::userId)
            .orElseThrow(
                () ->
                    Refusals.invalid(
                        "coachEmail", "No coach of this tenant has this e-mail address."));
    coaches.put(key, coachId);
    return coachId;
  }

  static String tenantAdminsTenant(MetaData metaData) {
    String tenant = Owner.tenantOf(metaData);
    if (!Member.isTenantAdmin(metaData)) {
      throw Refusals.notVisible("member");
    }
    return tenant;
  }

  /** The stamps of the caller, without what belongs to the request (its idempotency key). */
  private static MetaData stamps(MetaData metaData) {
    Map<String, Object> stamps = new HashMap<>();
    for (Stamp stamp : Stamp.values()) {
      Object value = metaData.get(stamp.key());
      if (value != null) {
        stamps.put(stamp.key(), value);
      }
    }
    return MetaData.from(stamps);
  }

  static void putBack(Runnable undo, String userId) {
    try {
      undo.run();
    } catch (RuntimeException e) {
      log.error(
          "A change to the account {} could not be recorded, nor undone in the identity provider;"
              + " the roster and the account differ until the member is imported again",
          userId,
          e);
    }
  }
}
