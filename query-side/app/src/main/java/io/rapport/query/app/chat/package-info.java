/**
 * The chat read model: one document per chat, and each student's lists of chats, which other
 * contexts read through {@link io.rapport.query.app.chat.StudentChats}.
 */
package io.rapport.query.app.chat;
