package org.uplift.contracts.schools;

/** The red/amber/green rating of an action-plan objective at a termly review. */
public enum Rag {
    RED, AMBER, GREEN
}
