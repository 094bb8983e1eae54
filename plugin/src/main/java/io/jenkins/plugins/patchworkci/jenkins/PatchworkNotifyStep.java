package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Mailer;
import hudson.util.FormValidation;
import io.jenkins.plugins.patchworkci.step.NotifyMail;
import io.jenkins.plugins.patchworkci.step.NotifyText;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * {@code patchworkNotify to: 'ci@example.org', outcome: 'fail', url: env.BUILD_URL}: mails a plain-text
 * summary of the build (series, plan, every check per patch, as on the build page) through the Mailer
 * plugin's SMTP settings when it has a server, else through the SMTP server on the Patchwork section of
 * the global page ({@link NotifySmtp}). With {@code inReplyTo: true} the mail threads under the series' cover letter
 * (or first patch); only do that to a list that wants CI replies. Call it where the outcome is known,
 * for example in {@code post { failure { ... } }}.
 */
public final class PatchworkNotifyStep extends Step {

    private final String to;
    private String outcome = "result";
    @CheckForNull
    private String url;
    private boolean inReplyTo;

    @DataBoundConstructor
    public PatchworkNotifyStep(String to) {
        this.to = to == null ? "" : to.trim();
    }

    @NonNull
    public String getTo() {
        return to;
    }

    @NonNull
    public String getOutcome() {
        return outcome;
    }

    /** A word for the subject line: {@code fail}, {@code success}, ... */
    @DataBoundSetter
    public void setOutcome(@CheckForNull String value) {
        this.outcome = value == null || value.isBlank() ? "result" : value.trim();
    }

    @CheckForNull
    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(@CheckForNull String value) {
        this.url = value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isInReplyTo() {
        return inReplyTo;
    }

    @DataBoundSetter
    public void setInReplyTo(boolean value) {
        this.inReplyTo = value;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("to: is required (one or more addresses, comma-separated)");
        }
        return new Execution(context, to, outcome, url, inReplyTo);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Void> {

        private static final long serialVersionUID = 1L;
        private final String to;
        private final String outcome;
        @CheckForNull
        private final String url;
        private final boolean inReplyTo;

        Execution(StepContext context, String to, String outcome, @CheckForNull String url, boolean inReplyTo) {
            super(context);
            this.to = to;
            this.outcome = outcome;
            this.url = url;
            this.inReplyTo = inReplyTo;
        }

        @Override
        protected Void run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            Run<?, ?> run = getContext().get(Run.class);
            io.jenkins.plugins.patchworkci.report.Run report = BuildSeries.page(run).report();
            PatchworkGlobalConfiguration config = ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class);
            if (!NotifyMail.usesMailer(Mailer.descriptor().getSmtpHost(), config.getSmtpHost())) {
                NotifySmtp.open(config).send(report, outcome, url, to, inReplyTo);
                listener.getLogger().println("Mailed the series summary to " + to + " via " + config.getSmtpHost());
                return null;
            }
            MimeMessage mail = new MimeMessageBuilder().setListener(listener)
                    .setSubject(NotifyText.subject(report, outcome)).setBody(NotifyText.body(report, url))
                    .addRecipients(to).buildMimeMessage();
            if (inReplyTo) {
                String id = "<" + report.series().id() + ">";
                mail.setHeader("In-Reply-To", id);
                mail.setHeader("References", id);
            }
            Transport.send(mail);
            listener.getLogger().println("Mailed the series summary to " + to);
            return null;
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkNotify", "Mail a summary of the Patchwork series build");
        }

        public FormValidation doCheckTo(@QueryParameter String value) {
            return value == null || value.isBlank() ? FormValidation.error("At least one address") : FormValidation.ok();
        }
    }
}
