package org.secretariat.charter;

/**
 * How hard a limit binds, as the charter words it: a plain limit refuses (理事长1名), one the
 * charter softens with 一般 or 原则上 only warns (衡水 第十六条「一般不超过」, 联席会议 第六条「原则上只推荐一名」).
 */
public enum Enforcement {
    REFUSE("refuse"),
    WARN("warn");

    private final String key;

    Enforcement(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
