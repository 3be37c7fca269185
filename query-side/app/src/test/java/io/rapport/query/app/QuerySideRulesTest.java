package io.rapport.query.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.rapport.query.app.config.ReadModelConfiguration;
import io.rapport.query.app.store.AcrossTenants;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.violation.ReadsTheDatabaseItself;
import io.rapport.query.app.violationloop.AsksBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the read side's own rules: tenant isolation by construction (only the store touches the
 * database, and only through a tenant or by name across tenants), and packages without cycles. Each
 * rule is shown to fail on a class that breaks it.
 */
class QuerySideRulesTest {

  /** Only the store's types hold the database; everyone else asks a tenant's collections. */
  static final ArchRule ONLY_THE_STORE_TOUCHES_THE_DATABASE =
      noClasses()
          .that()
          .resideInAPackage("io.rapport.query.app..")
          .and(
              not(
                  belongToAnyOf(
                      ReadModelStore.class,
                      TenantCollections.class,
                      AcrossTenants.class,
                      ProjectionWriter.class,
                      Generations.class,
                      ReadModelConfiguration.class)))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              com.mongodb.reactivestreams.client.MongoDatabase.class,
              com.mongodb.reactivestreams.client.MongoCollection.class,
              com.mongodb.client.MongoDatabase.class,
              com.mongodb.client.MongoCollection.class)
          .because(
              "a read or write that names no tenant could leak another tenant's data: go through"
                  + " TenantCollections, or AcrossTenants for what spans tenants by design");

  /** Projections write through a tenant's collections, which stamp the tenant; not around them. */
  static final ArchRule ONLY_THE_STORE_USES_THE_BATCH_WRITER =
      noClasses()
          .that()
          .resideInAPackage("io.rapport.query.app..")
          .and()
          .resideOutsideOfPackages("io.rapport.query.app.store..", "io.rapport.query.app.config..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ProjectionWriter.class)
          .because(
              "a write through TenantCollections stamps its tenant; the batch writer does not");

  /** Each package may use packages below it, never one that uses it back. */
  static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
      slices().matching("io.rapport.query.app.(*)..").should().beFreeOfCycles();

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rapport.query.app");
    if (production.isEmpty()) {
      throw new IllegalStateException("no production classes imported");
    }
  }

  @Test
  void onlyTheStoreTouchesTheDatabase() {
    ONLY_THE_STORE_TOUCHES_THE_DATABASE.check(production);
  }

  @Test
  void onlyTheStoreUsesTheBatchWriter() {
    ONLY_THE_STORE_USES_THE_BATCH_WRITER.check(production);
  }

  @Test
  void packagesAreFreeOfCycles() {
    PACKAGES_ARE_FREE_OF_CYCLES.check(production);
  }

  @Test
  void eachRuleFailsWhenBroken() {
    JavaClasses violations =
        new ClassFileImporter().importClasses(ReadsTheDatabaseItself.class, AsksBack.class);
    assertThatThrownBy(() -> ONLY_THE_STORE_TOUCHES_THE_DATABASE.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ReadsTheDatabaseItself.class.getName())
        .hasMessageContaining("MongoDatabase");
    assertThatThrownBy(() -> ONLY_THE_STORE_USES_THE_BATCH_WRITER.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ReadsTheDatabaseItself.class.getName())
        .hasMessageContaining(ProjectionWriter.class.getName());
    assertThatThrownBy(() -> PACKAGES_ARE_FREE_OF_CYCLES.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining(AsksBack.class.getName());
  }

  @Test
  void aRuleThatMatchesNothingFails() {
    JavaClasses outside = new ClassFileImporter().importClasses(String.class);
    assertThatThrownBy(() -> ONLY_THE_STORE_TOUCHES_THE_DATABASE.check(outside))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }
}
