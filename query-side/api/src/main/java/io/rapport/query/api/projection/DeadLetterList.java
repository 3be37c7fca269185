package io.rapport.query.api.projection;

import java.util.List;

/** The parked events of every projection. */
public record DeadLetterList(List<DeadLetterView> items) {}
