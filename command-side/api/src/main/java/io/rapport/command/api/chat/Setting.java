package io.rapport.command.api.chat;

/** Where a chat takes place: neutral or casual settings. */
public enum Setting {
  COFFEE_SHOP,
  VIDEO_CALL,
  PHONE_CALL,
  EVENT,
  OFFICE,
  OTHER
}
