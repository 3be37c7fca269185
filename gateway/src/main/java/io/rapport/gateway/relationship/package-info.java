/**
 * The HTTP API of a student's relationships: starting one, its timeline, connection requests,
 * reciprocity, touchpoints, cadence and outcomes.
 */
package io.rapport.gateway.relationship;
