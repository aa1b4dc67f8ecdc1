package org.secretariat.domain;

/**
 * What the first two characters of a credit code say (GB 32100-2015): the registering authority
 * (登记管理部门), the kind of organisation (机构类别) and whether that kind is a legal person.
 * {@code known} is false when the pair is not in the standard's table; the names are then null.
 */
public record CodeKind(String prefix, String authority, String kind, LegalPersonVerdict verdict, boolean known) {

    public boolean isLegalPerson() {
        return verdict == LegalPersonVerdict.LEGAL_PERSON;
    }
}
