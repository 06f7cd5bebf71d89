package org.uplift.schools.common;

import java.time.LocalDate;
import java.time.Month;

/**
 * The English school term a date falls in: autumn (September–December), spring (January–March) and summer
 * (April–August), labelled with the academic year, e.g. "2026-27 autumn". Fixed boundaries instead of each LA's
 * exact term dates: close enough for "reviewed this term" and for grouping on dashboards.
 */
public record SchoolTerm(int startYear, String season) {

    public static SchoolTerm of(LocalDate date) {
        int startYear = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        String season = date.getMonthValue() >= 9 ? "autumn" : date.getMonthValue() <= 3 ? "spring" : "summer";
        return new SchoolTerm(startYear, season);
    }

    public LocalDate start() {
        return switch (season) {
            case "autumn" -> LocalDate.of(startYear, 9, 1);
            case "spring" -> LocalDate.of(startYear + 1, 1, 1);
            default -> LocalDate.of(startYear + 1, 4, 1);
        };
    }

    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100) + " " + season;
    }

    @Override
    public String toString() {
        return label();
    }
}
