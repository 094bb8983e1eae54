package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.jspecify.annotations.Nullable;

/**
 * A tree being edited in memory: the base tree plus the files a patch adds, changes and deletes.
 * Reads only the tree objects along the paths it is asked about and writes only the trees that
 * changed, so a patch touching three files of a 70,000-file tree costs a few dozen object reads,
 * not a full index as JGit's {@code DirCache} (and its {@code PatchApplier}) would.
 */
final class TreeOverlay {

    /** A file in the tree: its mode (regular, executable, symlink, gitlink) and blob id. */
    record Entry(FileMode mode, ObjectId id) {}

    private final ObjectReader reader;
    private final ObjectId baseTree;
    /** Changed paths; an empty value marks a deletion. */
    private final TreeMap<String, Optional<Entry>> changes = new TreeMap<>();
    private final Map<String, Optional<Entry>> baseLookups = new HashMap<>();

    TreeOverlay(ObjectReader reader, ObjectId baseTree) {
        this.reader = reader;
        this.baseTree = baseTree;
    }

    ObjectId baseTree() {
        return baseTree;
    }

    boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The file at {@code path} (never a directory), as the edits so far leave it. */
    Optional<Entry> file(String path) throws IOException {
        Optional<Entry> changed = changes.get(path);
        if (changed != null) {
            return changed;
        }
        Optional<Entry> e = base(path);
        return e.filter(x -> x.mode() != FileMode.TREE);
    }

    /** The file at {@code path} in the base tree, before any edit. */
    Optional<Entry> baseFile(String path) throws IOException {
        return base(path).filter(x -> x.mode() != FileMode.TREE);
    }

    /** True when {@code path} is a directory with at least one file left in it. */
    boolean isDirectory(String path) throws IOException {
        String prefix = path + "/";
        for (Map.Entry<String, Optional<Entry>> c : changes.tailMap(prefix).entrySet()) {
            if (!c.getKey().startsWith(prefix)) {
                break;
            }
            if (c.getValue().isPresent()) {
                return true;
            }
        }
        Optional<Entry> e = base(path);
        if (e.isEmpty() || e.get().mode() != FileMode.TREE) {
            return false;
        }
        // A directory whose every file this patch deleted is gone.
        return countFiles(e.get().id(), prefix, 1) > 0;
    }

    private int countFiles(ObjectId tree, String prefix, int found) throws IOException {
        int n = 0;
        for (TreeEntry t : read(tree)) {
            String p = prefix + new String(t.name, StandardCharsets.UTF_8);
            if (t.mode == FileMode.TREE) {
                n += countFiles(t.id, p + "/", found - n);
            } else if (!(changes.containsKey(p) && changes.get(p).isEmpty())) {
                n++;
            }
            if (n >= found) {
                return n;
            }
        }
        return n;
    }

    /** The names in directory {@code dir} ("" for the root), as the edits so far leave it. */
    List<String> names(String dir) throws IOException {
        List<String> out = new ArrayList<>();
        String prefix = dir.isEmpty() ? "" : dir + "/";
        Optional<Entry> d = dir.isEmpty() ? Optional.of(new Entry(FileMode.TREE, baseTree)) : base(dir);
        if (d.isPresent() && d.get().mode() == FileMode.TREE) {
            for (TreeEntry t : read(d.get().id())) {
                String name = new String(t.name, StandardCharsets.UTF_8);
                Optional<Entry> change = changes.get(prefix + name);
                if (change == null || change.isPresent()) { // a file deleted by the edits is gone
                    out.add(name);
                }
            }
        }
        for (Map.Entry<String, Optional<Entry>> c : changes.tailMap(prefix).entrySet()) {
            if (!c.getKey().startsWith(prefix)) {
                break;
            }
            String rest = c.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            if (c.getValue().isPresent() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    void put(String path, Entry e) {
        changes.put(path, Optional.of(e));
    }

    void delete(String path) {
        changes.put(path, Optional.empty());
    }

    private Optional<Entry> base(String path) throws IOException {
        Optional<Entry> cached = baseLookups.get(path);
        if (cached != null) {
            return cached;
        }
        Optional<Entry> found;
        try (TreeWalk tw = TreeWalk.forPath(reader, path, baseTree)) {
            found = tw == null ? Optional.empty() : Optional.of(new Entry(tw.getFileMode(0), tw.getObjectId(0)));
        }
        baseLookups.put(path, found);
        return found;
    }

    /** Writes the edited tree, only the trees that changed, and returns its id. */
    ObjectId write(ObjectInserter inserter) throws IOException {
        if (changes.isEmpty()) {
            return baseTree;
        }
        ObjectId id = write(baseTree, changes, inserter);
        return id != null ? id : inserter.insert(new TreeFormatter());
    }

    @Nullable
    private ObjectId write(@Nullable ObjectId tree, SortedMap<String, Optional<Entry>> edits, ObjectInserter ins)
            throws IOException {
        TreeMap<String, TreeEntry> entries = new TreeMap<>();
        if (tree != null) {
            for (TreeEntry t : read(tree)) {
                entries.put(new String(t.name, StandardCharsets.UTF_8), t);
            }
        }
        // Group the edits by their first path component.
        TreeMap<String, TreeMap<String, Optional<Entry>>> sub = new TreeMap<>();
        for (Map.Entry<String, Optional<Entry>> e : edits.entrySet()) {
            String p = e.getKey();
            int slash = p.indexOf('/');
            if (slash < 0) {
                if (e.getValue().isPresent()) {
                    Entry v = e.getValue().get();
                    entries.put(p, new TreeEntry(p.getBytes(StandardCharsets.UTF_8), v.mode(), v.id()));
                } else {
                    TreeEntry old = entries.get(p);
                    if (old != null && old.mode != FileMode.TREE) {
                        entries.remove(p);
                    }
                }
            } else {
                sub.computeIfAbsent(p.substring(0, slash), k -> new TreeMap<>()).put(p.substring(slash + 1), e.getValue());
            }
        }
        for (Map.Entry<String, TreeMap<String, Optional<Entry>>> s : sub.entrySet()) {
            TreeEntry old = entries.get(s.getKey());
            ObjectId oldTree = old != null && old.mode == FileMode.TREE ? old.id : null;
            ObjectId newTree = write(oldTree, s.getValue(), ins);
            if (newTree == null) {
                entries.remove(s.getKey());
            } else {
                entries.put(s.getKey(), new TreeEntry(s.getKey().getBytes(StandardCharsets.UTF_8), FileMode.TREE, newTree));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        List<TreeEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(TreeOverlay::gitOrder);
        TreeFormatter f = new TreeFormatter();
        for (TreeEntry t : sorted) {
            f.append(t.name, t.mode, t.id);
        }
        return ins.insert(f);
    }

    /** Git's tree order: bytewise, a directory's name compared as if it ended with '/'. */
    private static int gitOrder(TreeEntry a, TreeEntry b) {
        int n = Math.min(a.name.length, b.name.length);
        for (int i = 0; i < n; i++) {
            int d = (a.name[i] & 0xff) - (b.name[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        int ca = a.name.length > n ? a.name[n] & 0xff : (a.mode == FileMode.TREE ? '/' : 0);
        int cb = b.name.length > n ? b.name[n] & 0xff : (b.mode == FileMode.TREE ? '/' : 0);
        return ca - cb;
    }

    private record TreeEntry(byte[] name, FileMode mode, ObjectId id) {}

    private List<TreeEntry> read(ObjectId tree) throws IOException {
        List<TreeEntry> out = new ArrayList<>();
        CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
        while (!p.eof()) {
            byte[] name = new byte[p.getNameLength()];
            p.getName(name, 0);
            out.add(new TreeEntry(name, FileMode.fromBits(p.getEntryRawMode()), p.getEntryObjectId()));
            p.next(1);
        }
        return out;
    }
}
