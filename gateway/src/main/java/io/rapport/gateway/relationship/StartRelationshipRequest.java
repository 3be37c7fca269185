package io.rapport.gateway.relationship;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/relationships}. */
record StartRelationshipRequest(
    @NotNull @Valid ContactRequest contact, @Size(max = 1000) String howWeMet) {

  /** The contact as the student enters them. */
  record ContactRequest(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String company,
      @Size(max = 200) String role,
      @Email @Size(max = 320) String email,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String profileUrl) {}
}
