/** One student's professional relationship with one contact, from the first chat onward. */
package io.rapport.command.api.relationship;
