package org.secretariat.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster spreadsheet, with the headers Chinese and English rosters use for them.
 * The first Chinese header is the one the app writes on export and in the template.
 */
public enum RosterField {
    NAME("name", true, "单位名称", "名称", "单位", "会员单位", "成员单位", "会员名称", "成员单位名称", "会员单位名称",
            "企业名称", "机构名称", "单位全称", "公司名称", "企业全称", "unit name", "name", "organization", "organisation", "member"),
    CREDIT_CODE("creditCode", false, "统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "credit code",
            "unified social credit code", "uscc"),
    UNIT_TYPE("unitType", false, "单位类型", "类型", "单位性质", "机构类型", "单位类别", "企业类型", "unit type", "type"),
    TIER("tier", false, "会员级别", "级别", "会员类别", "会员等级", "成员类别", "成员级别", "会员类型", "membership tier",
            "tier", "level", "membership level"),
    LEGAL_REPRESENTATIVE("legalRepresentative", false, "法定代表人", "法人代表", "法人", "负责人", "legal representative",
            "legal rep"),
    ADDRESS("address", false, "单位地址", "地址", "通讯地址", "联系地址", "address"),
    CONTACT_NAME("contactName", false, "联系人", "联系人姓名", "联系人员", "contact", "contact person", "contact name"),
    PHONE("phone", false, "联系电话", "电话", "手机", "联系方式", "手机号码", "电话号码", "phone", "telephone", "tel",
            "mobile"),
    EMAIL("email", false, "电子邮箱", "邮箱", "电子邮件", "电子信箱", "email", "e-mail", "mail"),
    JOIN_DATE("joinDate", false, "入会日期", "入盟日期", "加入日期", "入会时间", "入盟时间", "加入时间", "入会年月", "入盟年月", "加入年月", "join date",
            "joined", "date joined"),
    REMARKS("remarks", false, "备注", "说明", "remarks", "notes", "note", "comment"),
    STATUS("status", false, "状态", "会员状态", "status");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    RosterField(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The field key used in messages and problems ("creditCode"). */
    public String key() {
        return key;
    }

    public boolean isRequired() {
        return required;
    }

    /** The header written on export: 单位名称, 统一社会信用代码 … */
    public String chineseHeader() {
        return headers.get(0);
    }

    /** Recognises a header cell, ignoring spaces, a required-marker "*" and a bracketed hint. */
    public static Optional<RosterField> forHeader(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (RosterField f : values()) {
            for (String candidate : f.headers) {
                if (normalize(candidate).equals(h)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<RosterField> forKey(String key) {
        for (RosterField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        return CellText.clean(header)
                .replaceAll("[（(][^）)]*[）)]", "")
                .replaceAll("[*＊:：\\s_\\-]", "")
                .toLowerCase(Locale.ROOT);
    }
}
