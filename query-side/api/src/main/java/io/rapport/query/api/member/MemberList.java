package io.rapport.query.api.member;

import java.util.List;

/** A page of members, and the cursor of the next page (null at the end). */
public record MemberList(List<MemberView> items, String nextCursor) {}
