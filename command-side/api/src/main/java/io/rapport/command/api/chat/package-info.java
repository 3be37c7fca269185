/** Informal interviews ("chats"): scheduling, preparation, the meeting and its follow-up. */
package io.rapport.command.api.chat;
