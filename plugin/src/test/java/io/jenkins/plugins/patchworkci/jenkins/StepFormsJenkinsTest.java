package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.model.FreeStyleProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Each step's form as the snippet generator uses it: the step's {@code config.jelly} rendered by Jenkins
 * (in a drop-down of all the plugin's steps, like the snippet generator's), submitted through the web
 * client, bound back, and equal to the step it started from; and the snippet Jenkins writes for it.
 */
@WithJenkins
class StepFormsJenkinsTest {

    @Test
    void everyStepFormRendersAndKeepsItsValues(JenkinsRule r) throws Exception {
        PatchworkCheckoutStep checkout = new PatchworkCheckoutStep();
        checkout.setDir("linux");
        checkout.setTree("net-next");
        checkout.setCacheDir("/var/cache/patchwork-ci");
        checkout.setFailIfNotApplied(false);
        checkout.setFailIfCompanionNotApplied(true);
        PatchworkCheckStep check = new PatchworkCheckStep("warning", "ci/build");
        check.setDescription("3 new warnings");
        check.setUrl("https://ci.example.org/job/1/");
        check.setPatch(2);
        check.setCompanion("iproute2");
        PatchworkVerifyStep verify = new PatchworkVerifyStep(); // checks: a list, written in the Jenkinsfile only
        verify.setPost(false);
        verify.setUrl("https://ci.example.org/job/2/");
        PatchworkNotifyStep notify = new PatchworkNotifyStep("netdev@example.org");
        notify.setOutcome("fail");
        notify.setUrl("https://ci.example.org/job/3/");
        notify.setInReplyTo(true);
        List<Step> steps = List.of(new PatchworkSeriesStep(), checkout, new PatchworkEachPatchStep(), check, verify,
                notify);
        List<String> tested = steps.stream().map(s -> s.getDescriptor().getFunctionName()).toList();
        List<String> registered = ExtensionList.lookup(StepDescriptor.class).stream()
                .filter(d -> d instanceof PatchworkStepDescriptor).map(StepDescriptor::getFunctionName).toList();
        assertThat(tested).as("every step of the plugin").containsExactlyInAnyOrderElementsOf(registered);

        for (Step before : steps) {
            FreeStyleProject p = r.createFreeStyleProject();
            p.getBuildersList().add(new StepHolder(before));
            r.configRoundtrip(p);
            Step after = p.getBuildersList().get(StepHolder.class).getStep();
            assertThat(after).as("%s after the form", before.getDescriptor().getFunctionName()).isNotSameAs(before);
            r.assertEqualDataBoundBeans(before, after);
            assertThat(Snippetizer.object2Groovy(after)).startsWith(before.getDescriptor().getFunctionName());
        }
        assertThat(Snippetizer.object2Groovy(check)).isEqualTo("patchworkCheck companion: 'iproute2', context: "
                + "'ci/build', description: '3 new warnings', patch: 2, state: 'warning', url: 'https://ci.example.org/job/1/'");
    }

    /** Holds one step, so a freestyle job's configuration page renders that step's form. */
    public static final class StepHolder extends Builder {
        private final Step step;

        @DataBoundConstructor
        public StepHolder(Step step) {
            this.step = step;
        }

        public Step getStep() {
            return step;
        }

        @Override
        public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) {
            return true;
        }

        @TestExtension
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
            @Override
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }

            /** The plugin's steps, for the drop-down. */
            public List<StepDescriptor> getStepDescriptors() {
                return ExtensionList.lookup(StepDescriptor.class).stream()
                        .filter(d -> d instanceof PatchworkStepDescriptor).toList();
            }
        }
    }
}
