/** How far the read models have got: whether they have processed a given event position. */
package io.rapport.query.api.progress;
