package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in profiles come from the jar; the user's own in {@code <data>/charters} add to or replace them. */
class CharterCatalogTest {

    private static final Set<String> BUILT_IN = Set.of("xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint");

    @TempDir
    Path data;
    private Path userDir;
    private CharterCatalog catalog;

    @BeforeEach
    void setUp() {
        userDir = data.resolve("charters");
        catalog = new CharterCatalog(userDir);
    }

    private List<CharterCatalog.Entry> list(List<CharterProblem> problems) {
        return catalog.list(problems);
    }

    private static Set<String> ids(List<CharterCatalog.Entry> entries) {
        return entries.stream().map(e -> e.profile().id()).collect(Collectors.toSet());
    }

    private void writeUserFile(String name, String text) throws IOException {
        Files.createDirectories(userDir);
        Files.writeString(userDir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void indexListsExactlyTheProfilesInTheChartersFolder() throws IOException {
        List<String> index = Files.readAllLines(Path.of("src/main/resources/charters/index.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("charters"))) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).collect(Collectors.toSet());
        }
        assertEquals(onDisk, Set.copyOf(index));
        assertEquals(index.size(), Set.copyOf(index).size(), "no file listed twice");
    }

    @Test
    void catalogListsTheFiveBuiltInProfilesWithoutProblems() {
        List<CharterProblem> problems = new ArrayList<>();
        List<CharterCatalog.Entry> entries = list(problems);
        assertEquals(List.of(), problems);
        assertEquals(BUILT_IN, ids(entries));
        assertTrue(entries.stream().allMatch(CharterCatalog.Entry::isBuiltIn));
    }

    @Test
    void userProfileWithANewIdIsAdded() throws IOException {
        writeUserFile("mine.yaml", TestProfiles.withId("my-alliance"));
        List<CharterProblem> problems = new ArrayList<>();
        List<CharterCatalog.Entry> entries = list(problems);
        assertEquals(List.of(), problems);
        assertEquals(6, entries.size());
        CharterCatalog.Entry mine = catalog.find("my-alliance").orElseThrow();
        assertFalse(mine.isBuiltIn());
        assertEquals(userDir.resolve("mine.yaml"), mine.file());
        assertEquals("测试联盟", mine.profile().organisation().name());
    }

    @Test
    void userProfileWithABuiltInIdReplacesIt() throws IOException, CharterLoadException {
        writeUserFile("cceaa.yaml", TestProfiles.withId("cceaa"));
        List<CharterCatalog.Entry> entries = list(new ArrayList<>());
        assertEquals(5, entries.size());
        CharterCatalog.Entry cceaa = catalog.find("cceaa").orElseThrow();
        assertFalse(cceaa.isBuiltIn());
        assertEquals("测试联盟", catalog.load("cceaa").organisation().name());
    }

    /** load(id) reads only the profile asked for, but says what the whole list says: the user's file wins, whatever its name. */
    @Test
    void loadingByIdAgreesWithTheListWhateverTheUsersFileIsCalled() throws IOException, CharterLoadException {
        writeUserFile("our-own-copy.yaml", TestProfiles.withId("cerra"));
        writeUserFile("broken.yaml", "id: [");
        for (CharterCatalog.Entry e : list(new ArrayList<>())) {
            assertEquals(e.profile().organisation().name(), catalog.load(e.profile().id()).organisation().name(), e.profile().id());
        }
        assertEquals("测试联盟", catalog.load("cerra").organisation().name(), "the user's copy, not the built-in 中国再生资源回收利用协会");
        assertEquals("cceaa", catalog.load("cceaa").id(), "a built-in one the user did not replace");
    }

    @Test
    void brokenUserProfileIsReportedWithFileAndLineAndLeftOut() throws IOException {
        var bad = TestProfiles.alter("    quorum:", "    quorom:");
        writeUserFile("broken.yaml", bad.text().replace("id: mini", "id: broken"));
        List<CharterProblem> problems = new ArrayList<>();
        List<CharterCatalog.Entry> entries = list(problems);
        assertEquals(BUILT_IN, ids(entries));
        assertEquals(1, problems.size(), problems.toString());
        CharterProblem p = problems.get(0);
        assertEquals(userDir.resolve("broken.yaml").toString(), p.file());
        assertEquals(bad.line(), p.line());
        assertEquals("charter.error.unknownKey", p.message().key());
    }

    @Test
    void loadingABrokenUserProfileByIdSaysWhy() throws IOException {
        var bad = TestProfiles.alter("      fraction: 2/3", "      fraction: 4/3");
        writeUserFile("broken.yaml", bad.text().replace("id: mini", "id: broken"));
        CharterLoadException e = assertThrows(CharterLoadException.class, () -> catalog.load("broken"));
        assertEquals("charter.error.fraction", e.problems().get(0).message().key());
        assertEquals(bad.line(), e.problems().get(0).line());
    }

    @Test
    void unknownIdIsRefused() {
        CharterLoadException e = assertThrows(CharterLoadException.class, () -> catalog.load("nope"));
        assertEquals("charter.error.unknownId", e.problems().get(0).message().key());
    }

    @Test
    void filesOtherThanYamlAreIgnored() throws IOException {
        writeUserFile("notes.txt", "not a charter");
        writeUserFile("half-saved.yaml.tmp", "id: x");
        List<CharterProblem> problems = new ArrayList<>();
        assertEquals(5, list(problems).size());
        assertEquals(List.of(), problems);
    }

    @Test
    void copyForEditingWritesALoadableProfileUnderTheNewId() throws IOException, CharterLoadException {
        CharterCatalog.Entry original = catalog.find("xinxiang-cbec").orElseThrow();
        Path copy = catalog.copyForEditing(original, "my-alliance");
        assertEquals(userDir.resolve("my-alliance.yaml"), copy);
        CharterProfile loaded = new CharterLoader().load(copy);
        assertEquals("my-alliance", loaded.id());
        assertEquals(original.profile().organisation().name(), loaded.organisation().name());
        assertEquals(original.profile().procedures().size(), loaded.procedures().size());
        assertEquals(6, list(new ArrayList<>()).size());
        assertTrue(catalog.find("xinxiang-cbec").orElseThrow().isBuiltIn(), "the original stays as shipped");
        try (Stream<Path> files = Files.list(userDir)) {
            assertEquals(List.of(copy), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void builtInTextIsTheShippedYaml() throws IOException {
        CharterCatalog.Entry cerra = catalog.find("cerra").orElseThrow();
        assertEquals(Files.readString(Path.of("charters", "cerra.yaml"), StandardCharsets.UTF_8), catalog.text(cerra));
    }

    @Test
    void aCopyIdThatIsAPathIsRefused() {
        CharterCatalog catalog = new CharterCatalog(data.resolve("charters"));
        CharterCatalog.Entry original = catalog.find("cceaa").orElseThrow();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> catalog.copyForEditing(original, "../escape"));
    }
}
