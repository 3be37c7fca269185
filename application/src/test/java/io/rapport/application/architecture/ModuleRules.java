package io.rapport.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The module rules of DESIGN.md §2, as ArchUnit rules that fail on an empty match. */
final class ModuleRules {

  static final String[] API = {"io.rapport.command.api..", "io.rapport.query.api.."};

  /** The root package of each module whose packages must not depend on one another in a circle. */
  static final String[] MODULES = {
    "io.rapport.command.api",
    "io.rapport.command.app",
    "io.rapport.query.api",
    "io.rapport.query.app",
    "io.rapport.gateway",
    "io.rapport.application"
  };

  private ModuleRules() {}

  /**
   * Within a module, the packages right under its root (with their subpackages) form no cycle, so
   * each can be read, moved or split without dragging the others along.
   */
  static ArchRule packagesAreFreeOfCycles(String module) {
    return slices()
        .matching(module + ".(*)..")
        .namingSlices(module + ".$1")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(false);
  }

  /** {@code *\/api} modules hold only records and enums. */
  static final ArchRule API_HOLDS_RECORDS_AND_ENUMS =
      classes()
          .that()
          .resideInAnyPackage(API)
          .and()
          .doNotHaveSimpleName("package-info")
          .should(beRecordsOrEnums())
          .allowEmptyShould(false);

  /** … and nothing of Spring, persistence, web or reactive streams. */
  static final ArchRule API_IS_FREE_OF_FRAMEWORKS =
      noClasses()
          .that()
          .resideInAnyPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.mongodb..",
              "org.bson..",
              "jakarta.persistence..",
              "jakarta.servlet..",
              "java.sql..",
              "reactor..",
              "org.reactivestreams..")
          .allowEmptyShould(false);

  /** The query side reads events from the command side's api, never its internals. */
  static final ArchRule QUERY_SIDE_IGNORES_COMMAND_INTERNALS =
      noClasses()
          .that()
          .resideInAPackage("io.rapport.query.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.rapport.command.app..")
          .allowEmptyShould(false);

  /** The command side knows nothing of the read side. */
  static final ArchRule COMMAND_SIDE_IGNORES_QUERY_SIDE =
      noClasses()
          .that()
          .resideInAPackage("io.rapport.command.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.rapport.query..", "io.rapport.gateway..")
          .allowEmptyShould(false);

  /**
   * The gateway talks to the sides only through Axon's gateways and the api modules, and knows
   * nothing of the application that assembles it.
   */
  static final ArchRule GATEWAY_USES_ONLY_THE_APIS =
      noClasses()
          .that()
          .resideInAPackage("io.rapport.gateway..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.rapport.command.app..", "io.rapport.query.app..", "io.rapport.application..")
          .allowEmptyShould(false);

  /** The packages of {@code infra/embedded}: the servers and what keeps their processes in hand. */
  static final String[] EMBEDDED = {
    "io.rapport.infra.boot..",
    "io.rapport.infra.keycloak..",
    "io.rapport.infra.mongo..",
    "io.rapport.infra.postgres..",
    "io.rapport.infra.process.."
  };

  /**
   * The embedded servers are a runtime-only part that a production build leaves out: no module's
   * production code depends on them (they start through their own auto-configuration); only the
   * infrastructure modules (the servers themselves, and the test kit) may.
   */
  static final ArchRule NOTHING_DEPENDS_ON_THE_EMBEDDED_SERVERS =
      noClasses()
          .that()
          .resideInAPackage("io.rapport..")
          .and()
          .resideOutsideOfPackage("io.rapport.infra..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(EMBEDDED)
          .allowEmptyShould(false);

  private static ArchCondition<JavaClass> beRecordsOrEnums() {
    return new ArchCondition<>("be records or enums") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean ok = item.isRecord() || item.isEnum();
        events.add(
            new SimpleConditionEvent(
                item, ok, item.getName() + (ok ? " is" : " is not") + " a record or an enum"));
      }
    };
  }
}
