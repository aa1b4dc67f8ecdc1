package org.secretariat.domain;

import static org.secretariat.domain.LegalPersonVerdict.CANNOT_TELL;
import static org.secretariat.domain.LegalPersonVerdict.LEGAL_PERSON;
import static org.secretariat.domain.LegalPersonVerdict.NOT_LEGAL_PERSON;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table of GB 32100-2015 (with its amendments adding A and N): registering authority by the
 * first character, kind of organisation by the second, and for each kind whether the Civil Code
 * makes it a legal person. The reasons are in src/site/credit-codes.md.
 */
final class CreditCodeKinds {

    private static final Map<Character, String> AUTHORITIES = new LinkedHashMap<>();
    private static final Map<String, CodeKind> KINDS = new LinkedHashMap<>();

    static {
        authority('1', "机构编制");
        kind("11", "机关", LEGAL_PERSON);                       // 机关法人 民法典第九十七条
        kind("12", "事业单位", LEGAL_PERSON);                   // 事业单位法人 第八十八条
        kind("13", "中央编办直接管理机构编制的群众团体", LEGAL_PERSON); // 社会团体法人 第九十条
        kind("19", "其他", CANNOT_TELL);
        authority('2', "外交");
        kind("21", "外国常驻新闻机构", NOT_LEGAL_PERSON);        // 境外机构的常驻机构
        kind("29", "其他", CANNOT_TELL);
        authority('3', "司法行政");
        kind("31", "律师执业机构", CANNOT_TELL);                // 多为合伙所、个人所（非法人组织），另有国资所
        kind("32", "公证处", LEGAL_PERSON);                     // 公证法第六条 独立承担民事责任
        kind("33", "基层法律服务所", CANNOT_TELL);              // 事业体制或合伙制、个人开办
        kind("34", "司法鉴定机构", CANNOT_TELL);                // 法人，或法人内设、合伙的机构
        kind("35", "仲裁委员会", LEGAL_PERSON);                 // 依仲裁法设立，登记为事业单位法人
        kind("39", "其他", CANNOT_TELL);
        authority('4', "文化");
        kind("41", "外国在华文化中心", NOT_LEGAL_PERSON);        // 外国政府设立的机构
        kind("49", "其他", CANNOT_TELL);
        authority('5', "民政");
        kind("51", "社会团体", LEGAL_PERSON);                   // 社会团体法人 第九十条
        kind("52", "民办非企业单位", CANNOT_TELL);              // 法人、合伙、个体三种登记证书
        kind("53", "基金会", LEGAL_PERSON);                     // 捐助法人 第九十二条
        kind("59", "其他", CANNOT_TELL);
        authority('6', "旅游");
        kind("61", "外国旅游部门常驻代表机构", NOT_LEGAL_PERSON);
        kind("62", "港澳台地区旅游部门常驻内地（大陆）代表机构", NOT_LEGAL_PERSON);
        kind("69", "其他", CANNOT_TELL);
        authority('7', "宗教");
        kind("71", "宗教活动场所", CANNOT_TELL);                // 可登记为捐助法人（第九十二条第二款），未必已登记
        kind("72", "宗教院校", CANNOT_TELL);
        kind("79", "其他", CANNOT_TELL);
        authority('8', "工会");
        kind("81", "基层工会", LEGAL_PERSON);                   // 代码随工会法人资格登记赋予（社会团体法人）
        kind("89", "其他", CANNOT_TELL);
        authority('9', "工商");
        kind("91", "企业", CANNOT_TELL);                        // 含分公司、合伙企业、个人独资企业
        kind("92", "个体工商户", NOT_LEGAL_PERSON);              // 民法典第五十四条 自然人
        kind("93", "农民专业合作社", LEGAL_PERSON);              // 合作经济组织法人 第一百条
        authority('A', "中央军委改革和编制办公室");
        kind("A1", "军队事业单位", LEGAL_PERSON);
        kind("A9", "其他", CANNOT_TELL);
        authority('N', "农业");
        kind("N1", "组级集体经济组织", LEGAL_PERSON);            // 农村集体经济组织法人 第九十九条
        kind("N2", "村级集体经济组织", LEGAL_PERSON);
        kind("N3", "乡镇级集体经济组织", LEGAL_PERSON);
        kind("N9", "其他", CANNOT_TELL);
        authority('Y', "其他");
        kind("Y1", "其他", CANNOT_TELL);
    }

    private CreditCodeKinds() {
    }

    private static void authority(char code, String name) {
        AUTHORITIES.put(code, name);
    }

    private static void kind(String prefix, String name, LegalPersonVerdict verdict) {
        KINDS.put(prefix, new CodeKind(prefix, AUTHORITIES.get(prefix.charAt(0)), name, verdict, true));
    }

    /** The kind for the first two characters (already normalised); an unlisted pair cannot tell. */
    static CodeKind of(String prefix) {
        CodeKind k = KINDS.get(prefix);
        if (k != null) {
            return k;
        }
        String authority = prefix.isEmpty() ? null : AUTHORITIES.get(prefix.charAt(0));
        return new CodeKind(prefix, authority, null, CANNOT_TELL, false);
    }

    /** Every pair of the table, in its order. */
    static Map<String, CodeKind> all() {
        return java.util.Collections.unmodifiableMap(KINDS);
    }
}
