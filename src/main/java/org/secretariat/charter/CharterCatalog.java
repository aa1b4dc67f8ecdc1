package org.secretariat.charter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charter profiles this installation knows: the built-in ones packed in the application
 * ({@code charters/index.txt} lists them) and the user's own in {@code <data>/charters/*.yaml}.
 * A user profile with a built-in id replaces the built-in one.
 */
public final class CharterCatalog {

    /** A profile and where it came from; {@code file} is null for a built-in one. */
    public record Entry(CharterProfile profile, Path file) {
        public boolean isBuiltIn() {
            return file == null;
        }
    }

    private final Path userDir;
    private final CharterLoader loader = new CharterLoader();

    public CharterCatalog(Path userDir) {
        this.userDir = userDir;
    }

    public Path userDir() {
        return userDir;
    }

    /** All loadable profiles, by id. Broken user files are left out and reported in {@code problems}. */
    public List<Entry> list(List<CharterProblem> problems) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            try {
                CharterProfile p = loader.load(name, builtInText(name));
                byId.put(p.id(), new Entry(p, null));
            } catch (CharterLoadException e) {
                problems.addAll(e.problems());
            }
        }
        for (Path file : userFiles()) {
            try {
                CharterProfile p = loader.load(file);
                byId.put(p.id(), new Entry(p, file));
            } catch (CharterLoadException e) {
                problems.addAll(e.problems());
            }
        }
        return List.copyOf(byId.values());
    }

    /** The profiles packed in the application only, in {@code index.txt} order (not the user's own). */
    public List<Entry> builtIn(List<CharterProblem> problems) {
        List<Entry> out = new ArrayList<>();
        for (String name : builtInNames()) {
            try {
                out.add(new Entry(loader.load(name, builtInText(name)), null));
            } catch (CharterLoadException e) {
                problems.addAll(e.problems());
            }
        }
        return List.copyOf(out);
    }

    public Optional<Entry> find(String id) {
        return list(new ArrayList<>()).stream().filter(e -> e.profile().id().equals(id)).findFirst();
    }

    /** Loads the profile with this id, reporting why if it exists but does not load. */
    public CharterProfile load(String id) throws CharterLoadException {
        Optional<CharterProfile> quick = loadByName(id);
        if (quick.isPresent()) {
            return quick.get();
        }
        List<CharterProblem> problems = new ArrayList<>();
        Optional<Entry> entry = list(problems).stream().filter(e -> e.profile().id().equals(id)).findFirst();
        if (entry.isPresent()) {
            return entry.get().profile();
        }
        Path userFile = userDir.resolve(id + ".yaml");
        if (Files.isRegularFile(userFile)) {
            return loader.load(userFile);
        }
        throw new CharterLoadException(List.of(new CharterProblem(id, 1, 1, "id",
                org.secretariat.i18n.Text.of("charter.error.unknownId", id))));
    }

    /**
     * The profile in force without parsing every built-in one (each is a YAML parse at start-up, on
     * the way to the window's data): the user's own files, which win over a built-in profile of the
     * same id as in {@link #list}, then the built-in file named after the id. Empty when that does not
     * settle it (no such file, or its id differs): {@link #load} then goes through the whole list.
     */
    private Optional<CharterProfile> loadByName(String id) throws CharterLoadException {
        CharterProfile found = null;
        CharterLoadException broken = null;
        for (Path file : userFiles()) {
            try {
                CharterProfile p = loader.load(file);
                if (p.id().equals(id)) {
                    found = p; // the last one, as in list()
                }
            } catch (CharterLoadException e) {
                if (declares(file, id)) {
                    broken = e; // the user's own rules for this charter do not load: never the built-in's instead
                }
            }
        }
        if (found == null && broken != null) {
            throw broken;
        }
        if (found != null || !builtInNames().contains(id + ".yaml")) {
            return Optional.ofNullable(found);
        }
        try {
            CharterProfile p = loader.load(id + ".yaml", builtInText(id + ".yaml"));
            return p.id().equals(id) ? Optional.of(p) : Optional.empty();
        } catch (CharterLoadException e) {
            return Optional.empty();
        }
    }

    /**
     * True if a user file that does not load is meant as the profile {@code id}: named after it, or
     * with that {@code id:} line. Its problems are then the profile's, not a reason to fall back on
     * the built-in profile of that id, whose rules the user chose to replace.
     */
    static boolean declares(Path file, String id) {
        if (file.getFileName().toString().equals(id + ".yaml")) {
            return true;
        }
        try {
            return java.util.regex.Pattern.compile("(?m)^id:\\s*[\"']?" + java.util.regex.Pattern.quote(id) + "[\"']?\\s*(#.*)?$")
                    .matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** The YAML text of a profile, as shipped or as the user wrote it. */
    public String text(Entry entry) {
        if (entry.isBuiltIn()) {
            return builtInText(entry.profile().file());
        }
        try {
            return Files.readString(entry.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a profile for the user to adapt: {@code <data>/charters/<newId>.yaml} with its id
     * changed, so the copy can be edited while the original stays as shipped.
     */
    public Path copyForEditing(Entry entry, String newId) throws IOException {
        if (newId == null || !newId.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("not a profile id: " + newId); // never a path
        }
        String text = text(entry).replaceFirst("(?m)^id:\\s*\\S+", "id: " + newId);
        Files.createDirectories(userDir);
        Path target = userDir.resolve(newId + ".yaml");
        Path tmp = userDir.resolve(newId + ".yaml.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private List<Path> userFiles() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(userDir)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(userDir, "*.yaml")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }

    static List<String> builtInNames() {
        return List.of(resource("index.txt").split("\\R")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static String builtInText(String name) {
        return resource(name);
    }

    private static String resource(String name) {
        try (InputStream in = CharterCatalog.class.getResourceAsStream("/charters/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in charter missing from the application: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
