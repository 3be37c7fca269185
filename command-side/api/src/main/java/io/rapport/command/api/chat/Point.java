package io.rapport.command.api.chat;

/** A specific point discussed in a meeting, with the id a thank-you refers to it by. */
public record Point(String pointId, String text) {}
