package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A Patchwork project. Embedded copies (in patches, series, events) carry no {@code maintainers}; the
 * list is then empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkProject(long id, String url, String name, String linkName, String listId, String listEmail,
        String webUrl, String scmUrl, String webscmUrl, List<UserRef> maintainers, String subjectMatch,
        String listArchiveUrl, String listArchiveUrlFormat, String commitUrlFormat) {

    public PatchworkProject {
        maintainers = maintainers == null ? List.of() : List.copyOf(maintainers);
    }
}
