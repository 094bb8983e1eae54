package io.jenkins.plugins.patchworkci.series;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something odd about a message, recorded instead of thrown: assembly never fails on a strange
 * thread, it says what it saw and what it did about it.
 *
 * @param kind what is odd
 * @param messageId the message it is about (without angle brackets)
 * @param text what was seen and what was done, for people
 */
public record Note(Kind kind, String messageId, String text) {

    /** Notes sort by message, then kind, then text: the same input gives the same list. */
    public static final Comparator<Note> ORDER = Comparator.comparing(Note::messageId)
            .thenComparing(Note::kind)
            .thenComparing(Note::text);

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
    }

    /** The oddities assembly recognises. */
    public enum Kind {
        /** The same Message-ID was delivered more than once; one copy is kept. */
        DUPLICATE_MESSAGE_ID,
        /** The same patch was sent again with a new Message-ID; the newest copy is kept. */
        RESENT,
        /** Two different patches claim the same number in one series; the newest is kept. */
        CONFLICTING_INDEX,
        /** Two cover letters in one series; the newest is kept. */
        DUPLICATE_COVER_LETTER,
        /** A patch numbered beyond the series total ({@code [PATCH 6/5]}). */
        INDEX_BEYOND_TOTAL,
        /** A counter with total 0 ({@code [PATCH 1/0]}). */
        ZERO_TOTAL,
        /** A message with a diff numbered 0, the cover letter's number. */
        PATCH_NUMBERED_ZERO,
        /** The messages of one series disagree about the total. */
        MIXED_TOTALS,
        /** In-Reply-To or References name a message that is not among those given. */
        MISSING_PARENT,
        /** In-Reply-To/References form a cycle; the walk up the thread stops where it closes. */
        REFERENCE_LOOP,
        /** A series grouped by author, version and total within a time window, not by threading. */
        GROUPED_BY_TIME_WINDOW,
        /** A cover letter recognised by its diffstat and position, not by a {@code 0/N} counter. */
        COVER_LETTER_WITHOUT_COUNTER,
        /** The Date header could not be read; the message sorts as if sent at the epoch. */
        UNREADABLE_DATE,
        /** A message that is neither patch, cover letter, pull request nor reply. */
        UNRELATED,
        /** A reply whose thread leads to no patch or cover letter among the messages. */
        UNPLACED_REPLY,
        /** The mail parsers failed on a message; it is read as having no prefix or no diff. */
        PARSER_FAILED,
        /** A review trailer whose address does not match the reply's sender. */
        TRAILER_SENDER_MISMATCH
    }
}
