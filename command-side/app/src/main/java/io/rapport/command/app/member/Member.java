package io.rapport.command.app.member;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.member.MemberChangedEvent;
import io.rapport.command.api.member.MemberDeactivatedEvent;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberReactivatedEvent;
import io.rapport.command.api.member.MemberRecordedEvent;
import io.rapport.command.api.member.MemberRole;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.util.Collection;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A member of one tenant, by their account's user id: the tenant they belong to and whether they
 * may sign in; the changes of their name and role are recorded here as events. The account itself
 * (names, role) is the identity provider's, and compared there: {@link MemberHandler} and {@link
 * RosterImportHandler} change it and record the change here in one unit of work.
 */
@Aggregate
public class Member {

  /** Aggregate ids are unique across types: the person of the same user has the bare id. */
  static final String PREFIX = "member:";

  @org.axonframework.modelling.command.AggregateIdentifier private String memberId;
  private String userId;
  private String tenantId;
  private boolean deactivated;

  Member() {
    // for Axon
  }

  /** Records someone invited, brought in by a roster, or first met by the roster. */
  Member(Object joined) {
    apply(joined);
  }

  /** The aggregate id of the member with the user id. */
  static String idOf(String userId) {
    return PREFIX + userId;
  }

  void change(String first, String last, MemberRole wanted, String importId) {
    apply(new MemberChangedEvent(userId, first, last, wanted, importId));
  }

  /** Answers whether the member was active until now. */
  boolean deactivate(MetaData metaData) {
    ensureTenantAdmin(metaData);
    if (Objects.equals(userId, metaData.get(Stamp.USER_ID.key()))) {
      throw Refusals.conflict("own-account", "A tenant-admin cannot deactivate themselves.");
    }
    if (deactivated) {
      return false;
    }
    apply(new MemberDeactivatedEvent(userId));
    return true;
  }

  /** Answers whether the member was deactivated until now. */
  boolean reactivate(MetaData metaData) {
    ensureTenantAdmin(metaData);
    if (!deactivated) {
      return false;
    }
    apply(new MemberReactivatedEvent(userId));
    return true;
  }

  /** Refuses, as not found, a command from anyone but a tenant-admin of the member's tenant. */
  void ensureTenantAdmin(MetaData metaData) {
    if (!Objects.equals(tenantId, Owner.tenantOf(metaData)) || !isTenantAdmin(metaData)) {
      throw Refusals.notVisible("member");
    }
  }

  static boolean isTenantAdmin(MetaData metaData) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains(MemberRole.TENANT_ADMIN.realmRole());
  }

  @EventSourcingHandler
  void on(MemberInvitedEvent event, MetaData metaData) {
    joined(event.userId(), metaData);
  }

  @EventSourcingHandler
  void on(MemberRecordedEvent event, MetaData metaData) {
    joined(event.userId(), metaData);
  }

  private void joined(String user, MetaData metaData) {
    memberId = idOf(user);
    userId = user;
    tenantId = Owner.tenantOf(metaData);
  }

  @EventSourcingHandler
  void on(MemberDeactivatedEvent event) {
    deactivated = true;
  }

  @EventSourcingHandler
  void on(MemberReactivatedEvent event) {
    deactivated = false;
  }
}
