package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every registering authority and kind of GB 32100-2015, and the legal-person verdict the Civil Code gives it. */
class CreditCodeKindsTest {

    private static String code(String prefix) {
        String first17 = prefix + "131100" + "MA0000001";
        return first17 + CreditCode.checkCharacter(first17);
    }

    @ParameterizedTest(name = "{0}: {1} {2} → {3}")
    @CsvSource({
        "11, 机构编制, 机关, LEGAL_PERSON",
        "12, 机构编制, 事业单位, LEGAL_PERSON",
        "13, 机构编制, 中央编办直接管理机构编制的群众团体, LEGAL_PERSON",
        "19, 机构编制, 其他, CANNOT_TELL",
        "21, 外交, 外国常驻新闻机构, NOT_LEGAL_PERSON",
        "29, 外交, 其他, CANNOT_TELL",
        "31, 司法行政, 律师执业机构, CANNOT_TELL",
        "32, 司法行政, 公证处, LEGAL_PERSON",
        "33, 司法行政, 基层法律服务所, CANNOT_TELL",
        "34, 司法行政, 司法鉴定机构, CANNOT_TELL",
        "35, 司法行政, 仲裁委员会, LEGAL_PERSON",
        "39, 司法行政, 其他, CANNOT_TELL",
        "41, 文化, 外国在华文化中心, NOT_LEGAL_PERSON",
        "49, 文化, 其他, CANNOT_TELL",
        "51, 民政, 社会团体, LEGAL_PERSON",
        "52, 民政, 民办非企业单位, CANNOT_TELL",
        "53, 民政, 基金会, LEGAL_PERSON",
        "59, 民政, 其他, CANNOT_TELL",
        "61, 旅游, 外国旅游部门常驻代表机构, NOT_LEGAL_PERSON",
        "62, 旅游, 港澳台地区旅游部门常驻内地（大陆）代表机构, NOT_LEGAL_PERSON",
        "69, 旅游, 其他, CANNOT_TELL",
        "71, 宗教, 宗教活动场所, CANNOT_TELL",
        "72, 宗教, 宗教院校, CANNOT_TELL",
        "79, 宗教, 其他, CANNOT_TELL",
        "81, 工会, 基层工会, LEGAL_PERSON",
        "89, 工会, 其他, CANNOT_TELL",
        "91, 工商, 企业, CANNOT_TELL",
        "92, 工商, 个体工商户, NOT_LEGAL_PERSON",
        "93, 工商, 农民专业合作社, LEGAL_PERSON",
        "A1, 中央军委改革和编制办公室, 军队事业单位, LEGAL_PERSON",
        "A9, 中央军委改革和编制办公室, 其他, CANNOT_TELL",
        "N1, 农业, 组级集体经济组织, LEGAL_PERSON",
        "N2, 农业, 村级集体经济组织, LEGAL_PERSON",
        "N3, 农业, 乡镇级集体经济组织, LEGAL_PERSON",
        "N9, 农业, 其他, CANNOT_TELL",
        "Y1, 其他, 其他, CANNOT_TELL",
    })
    void eachKindOfTheStandardHasItsNamesAndVerdict(String prefix, String authority, String kind, LegalPersonVerdict verdict) {
        String code = code(prefix);
        assertEquals(CreditCode.Verdict.VALID, CreditCode.check(code), code);
        CodeKind k = CreditCode.legalPerson(code);
        assertTrue(k.known(), prefix);
        assertEquals(authority, k.authority());
        assertEquals(kind, k.kind());
        assertEquals(verdict, k.verdict());
    }

    @Test
    void theTableHasExactlyTheThirtySixKindsTested() {
        assertEquals(36, CreditCodeKinds.all().size());
    }

    @ParameterizedTest
    @CsvSource({"94, 工商", "54, 民政", "1A, 机构编制", "B1, ", "01, "})
    void aPairOutsideTheTableCannotTell(String prefix, String authority) {
        CodeKind k = CreditCode.legalPerson(code(prefix));
        assertFalse(k.known());
        assertEquals(LegalPersonVerdict.CANNOT_TELL, k.verdict());
        assertEquals(authority, k.authority());
        assertNull(k.kind());
    }

    @Test
    void spacesAndLowerCaseAreReadAsTyped() {
        assertEquals("个体工商户", CreditCode.legalPerson(" 92 1311 00ma0000001x").kind());
        assertEquals(LegalPersonVerdict.CANNOT_TELL, CreditCode.legalPerson("").verdict());
    }

    /** src/site/credit-codes.md documents the same verdict for every code as the program applies. */
    @Test
    void theDocumentedTableMatches() throws Exception {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/site/credit-codes.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length > 5 && cells[1].strip().matches("[0-9A-Y]{2}")) {
                documented.put(cells[1].strip(), cells[3].strip() + " " + cells[4].strip());
            }
        }
        Map<String, String> words = Map.of(LegalPersonVerdict.LEGAL_PERSON, "法人", LegalPersonVerdict.NOT_LEGAL_PERSON, "不是法人",
                LegalPersonVerdict.CANNOT_TELL, "不能判断").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
        Map<String, String> program = new LinkedHashMap<>();
        CreditCodeKinds.all().forEach((p, k) -> program.put(p, k.kind() + " " + words.get(k.verdict().name())));
        assertEquals(program, documented);
    }
}
