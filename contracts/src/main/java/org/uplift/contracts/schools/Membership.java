package org.uplift.contracts.schools;

/** Whether a school joined or left an improvement project. */
public enum Membership {
    JOINED, LEFT
}
