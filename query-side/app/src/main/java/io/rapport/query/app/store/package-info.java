/**
 * How projections write: idempotent blind writes collected per processor batch and flushed as one
 * bulk write before the batch's token is stored.
 */
package io.rapport.query.app.store;
