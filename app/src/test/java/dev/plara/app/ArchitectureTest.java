package dev.plara.app;

import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module: the core depends on the JDK only
 * (and on neither its HTTP client nor JDBC), reads no clock or random source of its own, in-ports and out-ports know
 * nothing of each other, adapters reach the core through its ports (only the app's wiring builds services), no
 * adapter depends on another, and the embedded store knows no other module and is used by the app alone. Every rule
 * fails if it matches no class, and every package a rule names must hold classes, so a renamed package cannot make
 * a rule pass silently.
 */
class ArchitectureTest {

    private static final String CORE = "dev.plara.wallet.core..";
    private static final String DOMAIN = "dev.plara.wallet.core.domain..";
    private static final String IN_PORTS = "dev.plara.wallet.core.port.in..";
    private static final String OUT_PORTS = "dev.plara.wallet.core.port.out..";
    private static final String SERVICES = "dev.plara.wallet.core.service..";
    private static final String EMBEDDING = "dev.plara.wallet.core.embedding..";
    private static final String APP = "dev.plara.app..";
    private static final String WIRING = "dev.plara.app.wiring..";
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
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void theCoreUsesNeitherTheJdkHttpClientNorJdbc() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "javax..")
                .allowEmptyShould(false).check(plara);
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
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void theDomainKnowsNothingOfPortsOrServices() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, OUT_PORTS, SERVICES, EMBEDDING)
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void portsDoNotDependOnTheServicesBehindThem() {
        noClasses().that().resideInAnyPackage(IN_PORTS, OUT_PORTS)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES, EMBEDDING)
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void servicesDoNotDependOnTheFacadeForEmbedders() {
        noClasses().that().resideInAPackage(SERVICES)
                .should().dependOnClassesThat().resideInAPackage(EMBEDDING)
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void inPortsAndOutPortsAreIndependentOfEachOther() {
        noClasses().that().resideInAPackage(IN_PORTS)
                .should().dependOnClassesThat().resideInAPackage(OUT_PORTS)
                .allowEmptyShould(false).check(plara);
        noClasses().that().resideInAPackage(OUT_PORTS)
                .should().dependOnClassesThat().resideInAPackage(IN_PORTS)
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void adaptersUsePortsNotServicesAndOnlyTheWiringBuildsServices() {
        noClasses().that().resideInAnyPackage(concat(ADAPTERS, APP)).and().resideOutsideOfPackage(WIRING)
                .should().dependOnClassesThat().resideInAPackage(SERVICES)
                .allowEmptyShould(false).check(plara);
    }

    @Test
    void noAdapterDependsOnAnotherAdapter() {
        for (String adapter : ADAPTERS) {
            var others = Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(false).check(plara);
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
        noClasses().that().resideOutsideOfPackage(APP)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .allowEmptyShould(false).check(plara);
    }

    /** A rule about a package that holds no class would pass whatever the code did. */
    @Test
    void everyPackageTheRulesNameHoldsClasses() {
        for (String pattern : concat(concat(ADAPTERS, CORE, DOMAIN, IN_PORTS, OUT_PORTS, SERVICES), EMBEDDING, APP, STORE,
                WIRING)) {
            var prefix = pattern.substring(0, pattern.length() - 2);
            assertThat(plara.stream().map(JavaClass::getPackageName)
                    .anyMatch(name -> name.equals(prefix) || name.startsWith(prefix + ".")))
                    .as("classes in %s", pattern).isTrue();
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }
}
