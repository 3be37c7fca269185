/** The chat aggregate and its rules, from scheduling to the thank-you. */
package io.rapport.command.app.chat;
