package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Text from mail (subjects, pairing reasons, plans, what superseded a build) on a build's page, rendered by
 * Jenkins in a browser with JavaScript: shown as text, never as markup.
 */
@WithJenkins
class BuildPageEscapingJenkinsTest {
    private static final String HOSTILE = "[PATCH] <img id=\"pwned\" src=\"x\" onerror=\"alert('pwned')\"> & <b>bold</b>";

    @Test
    void textFromMailOnTheBuildPageIsEscaped(JenkinsRule r) throws Exception {
        FreeStyleBuild b = r.buildAndAssertSuccess(r.createFreeStyleProject());
        b.addAction(new PatchworkCompanionsAction(List.of(new PatchworkCompanionsAction.Entry(HOSTILE, 2, HOSTILE,
                HOSTILE, "https://patchwork.example.org/series/7/", HOSTILE, true, HOSTILE, "iproute2", "0123abc", 1,
                List.of(70L)))));
        PatchworkVersionsAction versions = new PatchworkVersionsAction();
        versions.supersededBy(HOSTILE);
        b.addAction(versions);
        b.save();

        JenkinsRule.WebClient wc = r.createWebClient();
        List<String> alerts = new CopyOnWriteArrayList<>();
        wc.setAlertHandler((page, message) -> alerts.add(message));
        HtmlPage page = wc.getPage(b);

        assertThat(page.getElementById("pwned")).as("an element made from mail text").isNull();
        assertThat(page.getElementsByTagName("b").stream().map(e -> e.getTextContent()).toList()).doesNotContain("bold");
        assertThat(alerts).isEmpty();
        // every place shows the text itself: companion subject, tree, reason, plan, summary, superseded by
        String text = page.asNormalizedText();
        assertThat(text.split(java.util.regex.Pattern.quote(HOSTILE), -1).length - 1).isGreaterThanOrEqualTo(6);
    }
}
