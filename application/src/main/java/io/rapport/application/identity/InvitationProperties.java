package io.rapport.application.identity;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How invitations are sent.
 *
 * @param from the sender of Rapport's own mail
 * @param appUrl where people open Rapport (the link in the mail)
 * @param webClientId the client Keycloak's set-password link returns to
 * @param setPasswordFor how long Keycloak's set-password link stays good
 */
@Validated
@ConfigurationProperties("rapport.invitations")
public record InvitationProperties(
    @DefaultValue("Rapport <no-reply@rapport.local>") @NotBlank String from,
    @DefaultValue("http://localhost:8080") @NotBlank String appUrl,
    @DefaultValue("rapport-web") @NotBlank String webClientId,
    @DefaultValue("7d") Duration setPasswordFor) {}
