/**
 * Who is reading, taken from the query's metadata, bound to their tenant's collections, and what
 * they may see.
 */
package io.rapport.query.app.access;
