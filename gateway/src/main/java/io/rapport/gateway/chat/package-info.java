/** The HTTP API of a student's chats: scheduling, preparation, the meeting and the thank-you. */
package io.rapport.gateway.chat;
