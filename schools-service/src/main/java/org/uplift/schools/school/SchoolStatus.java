package org.uplift.schools.school;

enum SchoolStatus {
    OPEN, CLOSED
}
