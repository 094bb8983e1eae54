package io.jenkins.plugins.patchworkci.jenkins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin translates the engine's API to Jenkins and nothing more (docs/architecture.md): it uses
 * only the engine classes listed here, never the cli. A new engine class the plugin needs is either
 * API (added below, on purpose) or a sign that logic is leaking into the plugin.
 */
class PluginShapeTest {

    private static final String ENGINE = "io.jenkins.plugins.patchworkci";
    private static final String PLUGIN = ENGINE + ".jenkins";

    /** Engine packages that are the plugin's API as a whole: scan (heads, revisions, events) and step (what the pipeline steps run). */
    static final Set<String> API_PACKAGES = Set.of(ENGINE + ".scan", ENGINE + ".step");

    /**
     * Engine classes (with their nested classes) the plugin may use besides {@link #API_PACKAGES}: the
     * Patchwork client and its values, the routing configuration and its trees and plans, check names
     * and states, the report model the build page shows, the series values {@code patchworkSeries}
     * returns, the link to a message in the list archive, and the HTTP seam through which Jenkins' proxy
     * settings reach the client (the engine assembles the transport from Jenkins' client builder and the
     * settings).
     */
    static final Set<String> API_CLASSES = Set.of(
            // check names and states
            ENGINE + ".check.CheckResult",
            ENGINE + ".check.CheckState",
            // the Patchwork client
            ENGINE + ".patchwork.PatchworkClient",
            ENGINE + ".patchwork.PatchworkProbe",
            ENGINE + ".patchwork.PatchworkUrl",
            ENGINE + ".patchwork.ApiToken",
            ENGINE + ".patchwork.NewCheck",
            ENGINE + ".patchwork.CheckStateWire",
            ENGINE + ".patchwork.PatchRef",
            ENGINE + ".patchwork.CoverRef",
            ENGINE + ".patchwork.PatchworkPatch",
            ENGINE + ".patchwork.PatchworkSeries",
            ENGINE + ".patchwork.PatchworkProject",
            ENGINE + ".http.HttpTransport",
            ENGINE + ".http.HttpTransports",
            ENGINE + ".http.HttpSettings",
            // routing configuration
            ENGINE + ".route.RoutingConfig",
            ENGINE + ".route.RoutingConfigException",
            ENGINE + ".route.RoutingStep",
            ENGINE + ".route.Presets",
            ENGINE + ".route.Plan",
            ENGINE + ".route.Tree",
            ENGINE + ".route.TreeKind",
            ENGINE + ".route.TreeRole",
            // reports: the run the build page shows, the check matrix, posting once, the SMTP sender
            ENGINE + ".report.Run",
            ENGINE + ".report.RunJson",
            ENGINE + ".report.ReportedSeries",
            ENGINE + ".report.ApplyResult",
            ENGINE + ".report.Timings",
            ENGINE + ".report.CheckMatrix",
            ENGINE + ".report.ExactlyOncePost",
            ENGINE + ".report.SmtpMailSender",
            // the series values (patchworkSeries, the series page)
            ENGINE + ".series.Series",
            ENGINE + ".series.SeriesId",
            ENGINE + ".mail.Address",
            ENGINE + ".mail.Message",
            ENGINE + ".mail.MailInfo",
            ENGINE + ".mail.Patch",
            ENGINE + ".mail.SubjectPrefix",
            // the archive link of a message (series page) and the check of an archive address (global configuration)
            ENGINE + ".inbox.ArchiveLink");

    private static final JavaClasses PLUGIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(PLUGIN);

    @Test
    void pluginUsesOnlyTheEngineApi() {
        DescribedPredicate<JavaClass> engineOutsideApi = DescribedPredicate.describe(
                "are engine classes outside the plugin's API (API_PACKAGES, API_CLASSES)",
                target -> isEngine(target)
                        && !API_PACKAGES.contains(target.getPackageName())
                        && !API_CLASSES.contains(topLevelName(target)));
        noClasses().that().resideInAPackage(PLUGIN + "..")
                .should().dependOnClassesThat(engineOutsideApi)
                .check(PLUGIN_CLASSES);
    }

    @Test
    void pluginDoesNotUseTheCli() {
        noClasses().that().resideInAPackage(PLUGIN + "..")
                .should().dependOnClassesThat().resideInAPackage(ENGINE + ".cli..")
                .because("pwci is a user of the engine beside the plugin, not a library")
                .check(PLUGIN_CLASSES);
    }

    private static boolean isEngine(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.startsWith(ENGINE + ".") && !pkg.equals(PLUGIN) && !pkg.startsWith(PLUGIN + ".");
    }

    /** {@code a.b.Outer} for {@code a.b.Outer$Inner}: nested classes belong to their outer class. */
    private static String topLevelName(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
