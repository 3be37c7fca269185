/** Who is reading, taken from the query's metadata, and what they may see. */
package io.rapport.query.app.access;
