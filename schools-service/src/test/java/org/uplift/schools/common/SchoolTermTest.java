package org.uplift.schools.common;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolTermTest {

    @ParameterizedTest
    @CsvSource({
            "2026-09-01, 2026-27 autumn, 2026-09-01",
            "2026-12-31, 2026-27 autumn, 2026-09-01",
            "2027-01-01, 2026-27 spring, 2027-01-01",
            "2027-03-31, 2026-27 spring, 2027-01-01",
            "2027-04-01, 2026-27 summer, 2027-04-01",
            "2027-08-31, 2026-27 summer, 2027-04-01",
            "2099-10-10, 2099-00 autumn, 2099-09-01"})
    void aDateFallsInOneTermOfItsAcademicYear(LocalDate date, String label, LocalDate start) {
        SchoolTerm term = SchoolTerm.of(date);

        assertThat(term.label()).isEqualTo(label);
        assertThat(term.start()).isEqualTo(start);
        assertThat(term.contains(start)).isTrue();
        assertThat(term.contains(start.minusDays(1))).isFalse();
    }
}
