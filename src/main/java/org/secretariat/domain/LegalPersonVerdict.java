package org.secretariat.domain;

/** Whether the registering authority and kind in a credit code make its holder a legal person (民法典 第三章). */
public enum LegalPersonVerdict {
    /** Every organisation of the kind is a legal person (机关、事业单位、社会团体、基金会、农民专业合作社 …). */
    LEGAL_PERSON,
    /** No organisation of the kind is (个体工商户; representative offices of foreign bodies). */
    NOT_LEGAL_PERSON,
    /** The kind holds both (企业 includes 分公司、合伙企业、个人独资企业), or the code is not in the table. */
    CANNOT_TELL
}
