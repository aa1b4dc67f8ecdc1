package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers and e-mail addresses as rosters write them. */
class ContactFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
            "008613800138000", "19912345678", " 13800138000 "})
    void mobilesAreAccepted(String phone) {
        assertTrue(ContactFormats.isPhone(phone), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0373-1234567", "0373-12345678", "010-12345678", "021-87654321", "(0373)1234567",
            "（0373）1234567", "0373 1234567", "03731234567", "+86 373 1234567", "0373-1234567转8001"})
    void landlinesAreAccepted(String phone) {
        assertTrue(ContactFormats.isPhone(phone), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"400-123-4567", "4001234567", "800-820-8820"})
    void serviceNumbersAreAccepted(String phone) {
        assertTrue(ContactFormats.isPhone(phone), phone);
    }

    @Test
    void beijingLandlineInInternationalFormatIsAccepted() {
        // +86 drops the trunk 0 of 010; Beijing's area code then starts with 1
        assertTrue(ContactFormats.isPhone("+86 10 12345678"));
        assertTrue(ContactFormats.isPhone("+86-10-6512-3456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1380013800", "138001380001", "12800138000", "1380013800a", "abc", "010-1234567",
            "0373-123456", "电话", "+86"})
    void wrongNumbersAreRefused(String phone) {
        assertFalse(ContactFormats.isPhone(phone), phone);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNotAPhone(String phone) {
        assertFalse(ContactFormats.isPhone(phone));
        assertFalse(ContactFormats.isPhoneList(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0373-1234567、13800138000", "0373-1234567；13800138000", "13800138000, 13900139000",
            "13800138000/0373-1234567", "13800138000，400-123-4567", "13800138000、"})
    void listsOfValidNumbersAreAccepted(String list) {
        assertTrue(ContactFormats.isPhoneList(list), list);
    }

    @Test
    void listWithOneBadNumberIsRefused() {
        assertFalse(ContactFormats.isPhoneList("0373-1234567、12345"));
        assertFalse(ContactFormats.isPhoneList("13800138000；abc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lm@xxu.edu.cn", "name@example.com", "first.last+tag@mail.example.org", " a_b@c-d.cn "})
    void emailsAreAccepted(String email) {
        assertTrue(ContactFormats.isEmail(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@", "@example.com", "name@example", "name example@a.cn", "name@@a.cn", "name＠a.cn", ""})
    void wrongEmailsAreRefused(String email) {
        assertFalse(ContactFormats.isEmail(email), email);
    }
}
