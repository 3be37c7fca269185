package io.rapport.command.api.chat;

/** What a research note on the contact is about. */
public enum ResearchTopic {
  BACKGROUND,
  RECENT_PROJECTS,
  COMPANY_NEWS,
  PUBLICATIONS,
  PROFILE
}
