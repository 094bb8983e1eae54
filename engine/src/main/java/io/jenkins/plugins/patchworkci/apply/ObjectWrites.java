package io.jenkins.plugins.patchworkci.apply;

import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Where applying a series writes: the blobs, trees and commits it inserts into the repository (the
 * only writes {@link ApplySeries} makes before it moves its ref). Production uses
 * {@link #REPOSITORY}, the repository's own inserter; the seam lets a test put a disk that fills up
 * after N objects under the real one, to prove a write that fails half-way through a series is a
 * clear error and leaves nothing a later run would trust.
 */
@FunctionalInterface
public interface ObjectWrites {

    /** The repository's own object inserter: loose objects, each written beside and renamed into place. */
    ObjectWrites REPOSITORY = Repository::newObjectInserter;

    /** An inserter for {@code repo}; the caller closes it. */
    ObjectInserter open(Repository repo);
}
