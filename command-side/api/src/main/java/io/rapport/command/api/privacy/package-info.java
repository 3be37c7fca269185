/**
 * Erasure of a person's personal data (crypto-shredding): the commands that erase it, and the
 * events that record the erasure in the audit history.
 */
package io.rapport.command.api.privacy;
