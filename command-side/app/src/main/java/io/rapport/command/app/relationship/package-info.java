/** The relationship aggregate: connection, reciprocity, touchpoints, cadence and outcomes. */
package io.rapport.command.app.relationship;
