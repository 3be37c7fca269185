/** Queries about one chat. */
package io.rapport.query.api.chat;
