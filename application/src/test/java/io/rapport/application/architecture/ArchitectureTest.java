package io.rapport.application.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.rapport.application.violation.ApplicationUsingEmbeddedServers;
import io.rapport.command.api.violation.ApiServiceClass;
import io.rapport.command.api.violation.ApiServicePort;
import io.rapport.command.api.violation.ApiUsingSpring;
import io.rapport.gateway.cycle.PackageCycleEnd;
import io.rapport.gateway.violation.GatewayUsingQueryInternals;
import io.rapport.gateway.violation.GatewayUsingTheApplication;
import io.rapport.gateway.violation.PackageCycleStart;
import io.rapport.query.app.violation.QuerySideUsingCommandInternals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Guards the module rules, and shows that each rule fails when broken. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rapport");
    if (production.isEmpty()) {
      throw new IllegalStateException("no production classes imported");
    }
  }

  @Test
  void apiModulesHoldOnlyRecordsAndEnums() {
    ModuleRules.API_HOLDS_RECORDS_AND_ENUMS.check(production);
  }

  @Test
  void apiModulesAreFreeOfFrameworks() {
    ModuleRules.API_IS_FREE_OF_FRAMEWORKS.check(production);
  }

  @Test
  void querySideNeverImportsCommandSideInternals() {
    ModuleRules.QUERY_SIDE_IGNORES_COMMAND_INTERNALS.check(production);
  }

  @Test
  void commandSideKnowsNothingOfTheReadSide() {
    ModuleRules.COMMAND_SIDE_IGNORES_QUERY_SIDE.check(production);
  }

  @Test
  void gatewayTalksToTheSidesOnlyThroughTheApis() {
    ModuleRules.GATEWAY_USES_ONLY_THE_APIS.check(production);
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("io.rapport.application.architecture.ModuleRules#MODULES")
  void packagesOfEachModuleAreFreeOfCycles(String module) {
    ModuleRules.packagesAreFreeOfCycles(module).check(production);
  }

  @Test
  void noModuleDependsOnTheEmbeddedServers() {
    ModuleRules.NOTHING_DEPENDS_ON_THE_EMBEDDED_SERVERS.check(production);
  }

  @Test
  void eachRuleFailsWhenBroken() {
    JavaClasses violations =
        new ClassFileImporter()
            .importClasses(
                ApiServiceClass.class,
                ApiServicePort.class,
                ApiUsingSpring.class,
                QuerySideUsingCommandInternals.class,
                GatewayUsingQueryInternals.class,
                GatewayUsingTheApplication.class,
                ApplicationUsingEmbeddedServers.class);
    assertThatThrownBy(() -> ModuleRules.API_HOLDS_RECORDS_AND_ENUMS.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ApiServiceClass.class.getName())
        .hasMessageContaining(ApiServicePort.class.getName());
    assertThatThrownBy(() -> ModuleRules.API_IS_FREE_OF_FRAMEWORKS.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ApiUsingSpring.class.getName());
    assertThatThrownBy(() -> ModuleRules.QUERY_SIDE_IGNORES_COMMAND_INTERNALS.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(QuerySideUsingCommandInternals.class.getName());
    assertThatThrownBy(() -> ModuleRules.GATEWAY_USES_ONLY_THE_APIS.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(GatewayUsingQueryInternals.class.getName())
        .hasMessageContaining(GatewayUsingTheApplication.class.getName());
    assertThatThrownBy(() -> ModuleRules.NOTHING_DEPENDS_ON_THE_EMBEDDED_SERVERS.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ApplicationUsingEmbeddedServers.class.getName());
    assertThatThrownBy(
            () ->
                ModuleRules.packagesAreFreeOfCycles("io.rapport.gateway")
                    .check(
                        new ClassFileImporter()
                            .importClasses(PackageCycleStart.class, PackageCycleEnd.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected: io.rapport.gateway.cycle")
        .hasMessageContaining("Dependencies of io.rapport.gateway.violation")
        .hasMessageContaining(PackageCycleStart.class.getName());
    assertThatThrownBy(
            () ->
                ModuleRules.packagesAreFreeOfCycles("io.rapport.command.app")
                    .check(new ClassFileImporter().importClasses(ApiServiceClass.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
    assertThatThrownBy(
            () ->
                ModuleRules.COMMAND_SIDE_IGNORES_QUERY_SIDE.check(
                    new ClassFileImporter().importClasses(ApiServiceClass.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }
}
