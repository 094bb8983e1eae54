package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.patchwork.CoverRef;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A series' mail as the agent gets it: read on the controller (which holds the token), sent as bytes.
 * The cover letter first when there is one, since it carries {@code base-commit:} and the version links;
 * Patchwork's series mbox holds the patches only.
 */
final class SeriesMail {

    private SeriesMail() {}

    @NonNull
    static byte[] download(@NonNull PatchworkClient client, @NonNull PatchworkSeries s)
            throws IOException, InterruptedException {
        ByteArrayOutputStream mbox = new ByteArrayOutputStream();
        CoverRef coverLetter = s.coverLetter();
        if (coverLetter != null) {
            byte[] cover = client.coverMbox(coverLetter);
            mbox.writeBytes(cover);
            if (cover.length > 0 && cover[cover.length - 1] != '\n') {
                mbox.write('\n');
            }
        }
        mbox.writeBytes(client.seriesMbox(s));
        return mbox.toByteArray();
    }
}
