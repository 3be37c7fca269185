/** The chat read model: one document per chat. */
package io.rapport.query.app.chat;
