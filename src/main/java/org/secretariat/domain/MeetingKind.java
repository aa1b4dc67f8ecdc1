package org.secretariat.domain;

/** Regular (定期) or extraordinary (临时) meeting. */
public enum MeetingKind { REGULAR, EXTRAORDINARY }
