/** The read side's published language: queries and the views they answer with, as records. */
package io.rapport.query.api;
