package io.rapport.gateway.people;

import io.rapport.gateway.security.Caller;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I. */
@RestController
class MeController {

  record Me(
      String userId,
      String tenantId,
      List<String> roles,
      String username,
      String name,
      String email) {}

  @GetMapping("/api/v1/me")
  Me me(@AuthenticationPrincipal Caller caller) {
    return new Me(
        caller.userId(),
        caller.tenantId(),
        caller.roles().stream().sorted().toList(),
        caller.username(),
        caller.name(),
        caller.email());
  }
}
