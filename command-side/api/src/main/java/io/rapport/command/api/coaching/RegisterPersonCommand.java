package io.rapport.command.api.coaching;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone signed in: their name, e-mail and roles as their token says. */
public record RegisterPersonCommand(
    @TargetAggregateIdentifier String personId,
    String username,
    String name,
    String email,
    List<String> roles) {}
