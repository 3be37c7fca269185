package io.rapport.command.api.violation;

import org.springframework.stereotype.Component;

/** Breaks the rule that api modules are free of Spring. */
@Component
public record ApiUsingSpring() {}
