package io.rapport.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Rapport in one process: the gateway, the command side and the query side. */
@SpringBootApplication(scanBasePackages = "io.rapport")
@ConfigurationPropertiesScan("io.rapport")
public class RapportApplication {

  public static void main(String[] args) {
    // nothing outside is reachable, and Rapport reports no usage to anyone
    System.setProperty("axoniq.update-checker.disabled", "true");
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(RapportApplication.class, args);
  }
}
