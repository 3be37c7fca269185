package io.rapport.command.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 24-hour window is there until a tenant policy is declared, which then replaces it. */
class ThankYouWindowDefaultTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ThankYouWindowDefault.class));

  @Test
  void givesEveryTenantTwentyFourHoursByDefault() {
    context.run(
        it -> {
          assertThat(it).hasSingleBean(ThankYouWindow.class);
          assertThat(it.getBean(ThankYouWindow.class).hoursFor("northfield-university"))
              .isEqualTo(24);
        });
  }

  @Test
  void givesWayToATenantPolicy() {
    context
        .withUserConfiguration(TenantPolicy.class)
        .run(
            it -> {
              assertThat(it).hasSingleBean(ThankYouWindow.class);
              assertThat(it.getBean(ThankYouWindow.class).hoursFor("southside-bootcamp"))
                  .isEqualTo(48);
            });
  }

  @Test
  void isAnAutoConfigurationSoThatItComesAfterTheApplicationsBeans() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(ThankYouWindowDefault.class.getName());
  }

  @Configuration(proxyBeanMethods = false)
  static class TenantPolicy {
    @Bean
    ThankYouWindow tenantPolicy() {
      return tenantId -> 48;
    }
  }
}
