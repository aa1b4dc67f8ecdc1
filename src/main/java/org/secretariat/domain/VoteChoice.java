package org.secretariat.domain;

/** A seat's vote on a motion taken by name. */
public enum VoteChoice { YES, NO, ABSTAIN }
