package dev.plara.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module: the core depends on the JDK only
 * (and on neither its HTTP client nor JDBC), reads no clock or random source of its own, no adapter depends on
 * another, and the embedded store knows no other module and is used by the app alone. Every rule fails if it matches
 * no class, so a renamed package cannot make it pass silently.
 */
class ArchitectureTest {

    private static final String CORE = "dev.plara.wallet.core..";
    private static final String STORE = "dev.plara.store..";
    private static final String[] ADAPTERS = {"dev.plara.polar..", "dev.plara.mongo..", "dev.plara.http.."};

    private static JavaClasses plara;

    @BeforeAll
    static void importClasses() {
        plara = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("dev.plara");
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void theCoreDependsOnTheJdkAlone() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
                .check(plara);
    }

    @Test
    void theCoreUsesNeitherTheJdkHttpClientNorJdbc() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "javax..")
                .check(plara);
    }

    @Test
    void theCoreReadsNoWallClockAndNoRandomSourceItself() {
        noClasses().that().resideInAPackage(CORE)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().belongToAnyOf(Random.class, SecureRandom.class, ThreadLocalRandom.class,
                        SplittableRandom.class)
                .check(plara);
    }

    @Test
    void theDomainKnowsNothingOfPortsOrServices() {
        noClasses().that().resideInAPackage("dev.plara.wallet.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.plara.wallet.core.port..",
                        "dev.plara.wallet.core.service..")
                .check(plara);
    }

    @Test
    void portsDoNotDependOnTheServicesBehindThem() {
        noClasses().that().resideInAPackage("dev.plara.wallet.core.port..")
                .should().dependOnClassesThat().resideInAPackage("dev.plara.wallet.core.service..")
                .check(plara);
    }

    @Test
    void noAdapterDependsOnAnotherAdapter() {
        for (String adapter : ADAPTERS) {
            var others = Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(plara);
        }
    }

    @Test
    void theEmbeddedStoreKnowsNoOtherModule() {
        classes().that().resideInAPackage(STORE)
                .should().onlyDependOnClassesThat(resideInAPackage(STORE).or(resideOutsideOfPackage("dev.plara..")))
                .check(plara);
    }

    @Test
    void onlyTheAppUsesTheEmbeddedStore() {
        noClasses().that().resideOutsideOfPackages("dev.plara.app..", STORE)
                .should().dependOnClassesThat().resideInAPackage(STORE)
                .check(plara);
    }

    @Test
    void onlyTheAppKnowsTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.plara.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.plara.app..")
                .check(plara);
    }
}
