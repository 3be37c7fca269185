package io.rapport.command.api.coaching;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A person of a tenant signed in for the first time, or with changed details. */
@Revision("1")
public record PersonRegisteredEvent(
    String personId, String username, String name, String email, List<String> roles) {}
