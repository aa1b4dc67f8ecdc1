package org.secretariat.domain;

/** The outcome of a motion. */
public enum Verdict { PASSED, FAILED }
