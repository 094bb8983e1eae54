package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.List;
import java.util.Map;

/**
 * A series found from one command-line argument, with what came with it.
 *
 * @param series the series version
 * @param origin where it came from (Patchwork ids when from Patchwork)
 * @param recipients To and Cc of each message, by Message-ID
 * @param problems messages read with it that could not be parsed, each named
 */
record FoundSeries(Series series, SeriesOrigin origin, Map<String, List<Address>> recipients, List<String> problems) {

    FoundSeries {
        recipients = Map.copyOf(recipients);
        problems = List.copyOf(problems);
    }

    /** {@code [v2] subject}, as the run's progress names series. */
    String label() {
        return "[v" + series.version() + "] " + series.subject();
    }
}
