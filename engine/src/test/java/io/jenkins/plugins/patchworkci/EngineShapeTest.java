package io.jenkins.plugins.patchworkci;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The engine's shape (docs/architecture.md): its packages form no cycle, it holds no Jenkins type
 * and knows neither the cli nor the plugin, and every package states its nullness the same way
 * (JSpecify: {@code @NullMarked} packages, {@code @Nullable} where null is allowed).
 */
class EngineShapeTest {

    private static final String ENGINE = "io.jenkins.plugins.patchworkci";

    /** The nullness annotations JSpecify replaces: SpotBugs' and JSR-305's. */
    private static final Set<String> OTHER_NULLNESS_ANNOTATIONS = Set.of(
            "edu.umd.cs.findbugs.annotations.NonNull",
            "edu.umd.cs.findbugs.annotations.CheckForNull",
            "edu.umd.cs.findbugs.annotations.Nullable",
            "edu.umd.cs.findbugs.annotations.PossiblyNull",
            "edu.umd.cs.findbugs.annotations.UnknownNullness",
            "javax.annotation.Nonnull",
            "javax.annotation.CheckForNull",
            "javax.annotation.Nullable");

    /** The engine's own classes: where its Series class is (not test-support, which shares the root package). */
    private static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(Series.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void enginePackagesHaveNoCycles() {
        slices().matching(ENGINE + ".(*)..").should().beFreeOfCycles().check(ENGINE_CLASSES);
    }

    @Test
    void engineHoldsNoJenkinsType() {
        noClasses().that().resideInAPackage(ENGINE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke.stapler..")
                .because("the engine is plain Java; the plugin translates it to Jenkins")
                .check(ENGINE_CLASSES);
    }

    @Test
    void engineKnowsNeitherCliNorPlugin() {
        noClasses().that().resideInAPackage(ENGINE + "..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".cli..", ENGINE + ".jenkins..")
                .because("the cli and the plugin are built on the engine, not the other way round")
                .check(ENGINE_CLASSES);
    }

    @Test
    void everyEnginePackageIsNullMarked() {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass engineClass : ENGINE_CLASSES) {
            if (!ENGINE_CLASSES.getPackage(engineClass.getPackageName()).isAnnotatedWith(NullMarked.class)) {
                unmarked.add(engineClass.getPackageName());
            }
        }
        assertThat(unmarked).as("packages without @NullMarked on their package-info.java").isEmpty();
    }

    @Test
    void engineUsesNoOtherNullnessAnnotations() {
        noClasses().that().resideInAPackage(ENGINE + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are SpotBugs or JSR-305 nullness annotations",
                        (JavaClass annotation) -> OTHER_NULLNESS_ANNOTATIONS.contains(annotation.getName())))
                .because("JSpecify states the engine's nullness: @NullMarked packages, @Nullable where null"
                        + " is allowed (SpotBugs' @NonNull is redundant there, its @CheckForNull is @Nullable)")
                .check(ENGINE_CLASSES);
    }
}
