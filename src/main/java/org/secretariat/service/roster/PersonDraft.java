package org.secretariat.service.roster;

import java.time.LocalDate;

/** A person of a unit as the form or import gives it. */
public record PersonDraft(String name, String title, String role, LocalDate termStart, LocalDate termEnd,
                          String phone, String email) {
}
