package io.rapport.command.api.relationship;

/** The professional a student keeps a relationship with. Contacts are people, not users. */
public record Contact(String name, String company, String role, String email, String profileUrl) {}
