package io.rapport.gateway.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the caller, with the token they came with. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final transient Jwt token;

  CallerAuthentication(
      Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.caller = caller;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.userId();
  }
}
