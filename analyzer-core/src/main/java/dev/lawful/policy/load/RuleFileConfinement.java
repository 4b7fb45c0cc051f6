package dev.lawful.policy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a rule file may be read: only a regular file inside the base folder or an
 * allowed folder, judged on its real path (symbolic links and {@code ../} resolved), so that
 * neither can lead out of the project.
 */
final class RuleFileConfinement {

    private final List<Path> folders = new ArrayList<>();
    private final List<Path> realFolders = new ArrayList<>();
    private final String allowHint;

    RuleFileConfinement(Path baseDir, RuleFolders allowed) {
        List<Path> all = new ArrayList<>(List.of(baseDir));
        all.addAll(allowed.allowed());
        for (Path folder : all) {
            Path absolute = folder.toAbsolutePath().normalize();
            folders.add(absolute);
            realPath(absolute).ifPresent(realFolders::add);
        }
        this.allowHint = allowed.allowHint();
    }

    /** The file to read (its real path), or why it is refused. */
    Verdict judge(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Optional<Path> real = realPath(absolute);
        if (real.isEmpty()) {
            return within(absolute, folders) || within(absolute, realFolders)
                    ? Verdict.refused("no such rule file") : outside(absolute, "lies");
        }
        Path file = real.get();
        if (!within(file, realFolders)) {
            return outside(file, file.equals(absolute) ? "lies" : "leads through a symbolic link to " + file + ", which lies");
        }
        if (Files.isDirectory(file)) {
            return Verdict.refused("is a directory, not a rule file");
        }
        if (!Files.isRegularFile(file)) {
            return Verdict.refused("is not a regular file (a device, pipe or socket), so it is not read as a rule file");
        }
        return new Verdict(file, null);
    }

    private Verdict outside(Path file, String how) {
        Path folder = file.getParent() == null ? file : file.getParent();
        return Verdict.refused(how + " outside the project folder and the folders allowed for rule files, so it is"
                + " not read; to read rule files from there, " + allowHint.formatted(folder));
    }

    private static boolean within(Path path, List<Path> roots) {
        return roots.stream().anyMatch(path::startsWith);
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** @param file the real path to read, or null when refused; @param refusal why not, or null */
    record Verdict(Path file, String refusal) {

        static Verdict refused(String reason) {
            return new Verdict(null, reason);
        }
    }
}
