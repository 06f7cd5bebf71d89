package org.uplift.schools.actionplan;

/** Where an action stands. */
enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
