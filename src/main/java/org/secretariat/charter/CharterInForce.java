package org.secretariat.charter;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The charter as it stood on a date: the profile the organisation was set up with, until an
 * amendment brought a later version into force (issue 19). Every verdict, deadline and document
 * asks for the profile of its own date; {@link #get()} is today's.
 */
public interface CharterInForce extends Supplier<CharterProfile> {

    /** The profile in force on the date. */
    CharterProfile on(LocalDate date);

    /**
     * Which charter the date falls under once the charter has been amended (「原章程」, or
     * 「2026年12月1日起施行的修订本（第1次修订：…）」); empty while it never was.
     */
    Optional<String> amendedOn(LocalDate date);

    /** One profile for every date: no amendment recorded (tools, checks, a profile being tried out). */
    static CharterInForce always(CharterProfile profile) {
        return new CharterInForce() {
            @Override
            public CharterProfile on(LocalDate date) {
                return profile;
            }

            @Override
            public Optional<String> amendedOn(LocalDate date) {
                return Optional.empty();
            }

            @Override
            public CharterProfile get() {
                return profile;
            }
        };
    }
}
