package io.jenkins.plugins.patchworkci.patchwork;

/** The event categories of Patchwork 3.x, by their wire names. */
public enum EventCategory {
    COVER_CREATED("cover-created"),
    PATCH_CREATED("patch-created"),
    PATCH_COMPLETED("patch-completed"),
    PATCH_STATE_CHANGED("patch-state-changed"),
    PATCH_DELEGATED("patch-delegated"),
    PATCH_RELATION_CHANGED("patch-relation-changed"),
    CHECK_CREATED("check-created"),
    SERIES_CREATED("series-created"),
    SERIES_COMPLETED("series-completed"),
    COVER_COMMENT_CREATED("cover-comment-created"),
    PATCH_COMMENT_CREATED("patch-comment-created");

    private final String wireName;

    EventCategory(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
