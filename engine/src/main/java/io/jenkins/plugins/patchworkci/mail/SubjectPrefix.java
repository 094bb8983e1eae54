package io.jenkins.plugins.patchworkci.mail;

import java.util.List;
import java.util.Optional;

/**
 * The bracketed prefix of a patch subject, {@code [PATCH bpf-next v3 02/15]}, in parts.
 *
 * @param words every word inside the brackets, in order, as written
 * @param treeTag the tree tag ({@code net}, {@code net-next}, {@code bpf-next}, any word that is not
 *     PATCH, RFC, RESEND, a version or a counter), or empty
 * @param version the series version: 1 when no {@code vN} word is present
 * @param index the patch number (0 for a cover letter), 1 when there is no counter
 * @param total the number of patches in the series, 1 when there is no counter
 * @param rfc whether {@code RFC} is present
 * @param resend whether {@code RESEND} is present
 * @param pull whether this is a pull request ({@code PULL} or {@code GIT PULL})
 */
public record SubjectPrefix(
        List<String> words,
        Optional<String> treeTag,
        int version,
        int index,
        int total,
        boolean rfc,
        boolean resend,
        boolean pull) {

    public SubjectPrefix {
        words = List.copyOf(words);
    }

    /**
     * Parses the prefix of a subject, {@code Re:} and all; a subject without brackets gives no
     * words, version 1, patch 1 of 1.
     */
    public static SubjectPrefix parse(String subject) {
        return SubjectPrefixParser.parse(subject);
    }

    /** Whether the subject had a counter ({@code n/m}); a lone patch has none. */
    public boolean hasCounter() {
        return words.stream().anyMatch(w -> w.matches("\\d+/\\d+"));
    }

    public boolean isCoverLetter() {
        return index == 0 && hasCounter();
    }
}
