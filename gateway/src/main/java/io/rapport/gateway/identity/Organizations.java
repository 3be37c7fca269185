package io.rapport.gateway.identity;

import java.util.List;

/**
 * The organizations the identity provider holds, including those set up there directly rather than
 * onboarded through Rapport. The application supplies it; the call blocks.
 */
public interface Organizations {

  /** Every organization of the realm, with attributes and domains. */
  List<Organization> list();
}
