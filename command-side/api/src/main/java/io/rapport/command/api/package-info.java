/**
 * The write side's published language: commands, events, ids and value objects as plain records and
 * enums, shared by the command side, the projections and the gateway.
 */
package io.rapport.command.api;
