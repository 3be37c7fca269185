package io.rapport.query.api.chat;

/** One chat, as the caller may see it; answers nothing for a chat they may not see. */
public record FindChatQuery(String chatId) {}
