package org.secretariat.charter;

/** A condition the charter sets for holding an office or a tier (e.g. 具有完全民事行为能力), with its article. */
public record Qualification(String text, Citation citation) {
}
