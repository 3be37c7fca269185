package io.rapport.gateway.chat;

import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.Setting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code POST /api/v1/chats}. The rules about its values (length, time) are the domain's. */
record ScheduleChatRequest(
    @NotBlank String relationshipId,
    @NotNull ChatKind kind,
    @NotNull Instant startsAt,
    @NotNull Integer durationMinutes,
    @NotNull Setting setting,
    @Size(max = 300) String location,
    @Size(max = 1000) String purpose) {}
