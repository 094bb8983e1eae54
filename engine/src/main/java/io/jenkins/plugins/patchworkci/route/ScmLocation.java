package io.jenkins.plugins.patchworkci.route;

import java.util.Optional;

/**
 * A MAINTAINERS {@code T:} entry: {@code git git://git.kernel.org/.../net-next.git [branch]}.
 *
 * @param type the SCM type ({@code git}, {@code quilt}, {@code hg}, ...)
 * @param url the repository location
 * @param branch the branch, when the entry names one
 */
public record ScmLocation(String type, String url, Optional<String> branch) {

    /** Parses the value of a {@code T:} line; a value with no location is returned as a bare url. */
    static ScmLocation parse(String value) {
        String[] words = value.trim().split("\\s+");
        if (words.length == 1) {
            return new ScmLocation("", words[0], Optional.empty());
        }
        return new ScmLocation(words[0], words[1], words.length > 2 ? Optional.of(words[2]) : Optional.empty());
    }

    @Override
    public String toString() {
        return type + " " + url + branch.map(b -> " " + b).orElse("");
    }
}
