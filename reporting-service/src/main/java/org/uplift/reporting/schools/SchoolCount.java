package org.uplift.reporting.schools;

/** How many schools one area has on the platform. */
record SchoolCount(String code, String name, String regionCode, long openSchools, long closedSchools) {
}
