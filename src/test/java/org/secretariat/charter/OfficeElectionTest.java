package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who elects or appoints each office, who nominates, and the qualifications, as the charters say. */
class OfficeElectionTest {

    private static CharterProfile load(String id) throws CharterLoadException {
        return new CharterLoader().load(Path.of("charters", id + ".yaml"));
    }

    private static Office office(CharterProfile p, String id) {
        return p.office(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint"})
    void everyOfficeSaysWhoFillsItWithAnArticle(String id) throws CharterLoadException {
        for (Office o : load(id).offices()) {
            Office.Election e = o.filledBy();
            assertNotNull(e, o.name());
            assertNotNull(e.citation(), o.name());
            assertTrue(!e.isSilent() || e.citation().hasReading(), o.name() + ": silent needs a reading");
        }
    }

    @Test
    void xinxiangSecretaryGeneralIsNominatedByTheChairAndElectedByTheCouncil() throws CharterLoadException {
        CharterProfile p = load("xinxiang-cbec");
        for (String id : List.of("secretary-general", "deputy-secretary-general")) {
            Office.Election e = office(p, id).electedBy();
            assertEquals("council", e.body());
            assertEquals("chair", e.nominatedBy().office());
            assertEquals("第七条", e.nominatedBy().citation().article());
            assertTrue(e.citation().article().contains("第八条（三）"));
        }
        assertEquals("chair-unit", office(p, "chair").electedBy().nominatedBy().tier());
        assertTrue(office(p, "honorary-chair").electedBy().isSilent());
        Tier chairUnit = p.tier("chair-unit").orElseThrow();
        assertEquals(List.of("为行业龙头企业", "与大部分联盟成员有实体性合作项目"),
                chairUnit.qualifications().stream().map(Qualification::text).toList());
    }

    @Test
    void countyJointElectsEveryOfficeButTheLiaison() throws CharterLoadException {
        CharterProfile p = load("county-joint");
        for (String id : List.of("chair", "vice-chair", "secretary-general", "standing-director", "director")) {
            assertEquals("joint-meeting", office(p, id).electedBy().body(), id);
            assertTrue(office(p, id).electedBy().citation().article().contains("第四"), id);
            assertEquals("德才兼备", office(p, id).qualifications().get(0).text(), id);
        }
        assertTrue(office(p, "secretary-general").electedBy().citation().article().contains("十三条"));
        assertTrue(office(p, "liaison").electedBy().isSilent());
    }

    @Test
    void hengshuiDirectorsAreProposedByTheStandingCouncilAndTheLeadersMeetArticleEighteen() throws CharterLoadException {
        CharterProfile p = load("hengshui-tech");
        Office director = office(p, "director");
        assertNull(director.electedBy());
        assertEquals("council", director.appointedBy().body());
        assertEquals("standing-council", director.appointedBy().nominatedBy().body());
        assertEquals("第十六条（六）", director.appointedBy().nominatedBy().citation().article());
        for (String id : List.of("chair", "executive-vice-chair", "vice-chair", "secretary-general")) {
            List<Qualification> q = office(p, id).qualifications();
            assertEquals(5, q.size(), id);
            assertEquals("第十八条（五）", q.get(4).citation().article());
        }
    }

    @Test
    void cerraAppointsTheSecretaryGeneralOnTheChairsNominationAndListsArticleEighteenForThePresidium()
            throws CharterLoadException {
        CharterProfile p = load("cerra");
        Office sg = office(p, "secretary-general");
        assertEquals("presidium", sg.appointedBy().body());
        assertEquals("chair", sg.appointedBy().nominatedBy().office());
        assertEquals("secretary-general", office(p, "deputy-secretary-general").appointedBy().nominatedBy().office());
        for (String id : List.of("honorary-chair", "chair", "vice-chair")) {
            assertEquals(6, office(p, id).qualifications().size(), id);
        }
        assertTrue(office(p, "honorary-chair").electedBy().isSilent());
    }

    @Test
    void cceaaRotatingChairIsChosenByThePresidiumFromItsMembers() throws CharterLoadException {
        CharterProfile p = load("cceaa");
        assertEquals("presidium", office(p, "rotating-chair").electedBy().body());
        assertEquals("第八条（一）", office(p, "rotating-chair").qualifications().get(0).citation().article());
        assertTrue(office(p, "liaison").electedBy().isSilent());
    }

    /** The README's generated list has every reading on who fills an office, with its article (CharterReadingsTest checks the rest). */
    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint"})
    void theReadmeListsEveryOfficesElectionReading(String id) throws Exception {
        List<String> readme = java.nio.file.Files.readAllLines(Path.of("README.md"));
        for (Office o : load(id).offices()) {
            for (Citation c : java.util.Arrays.asList(o.filledBy().citation(), o.citation())) {
                if (c != null && c.hasReading()) {
                    String tail = "（" + c.article() + "）：" + c.reading();
                    assertTrue(readme.stream().anyMatch(l -> l.startsWith("- `" + id + "` ") && l.contains(o.name())
                            && l.endsWith(tail)), o.name() + ": " + c.reading());
                }
            }
        }
    }
}
