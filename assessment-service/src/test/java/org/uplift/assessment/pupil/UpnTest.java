package org.uplift.assessment.pupil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"D856400125001", "J201000000000", " d856400125001 "})
    void acceptsAUpnWhoseCheckLetterMatchesTheHandComputedOne(String upn) {
        assertThat(Upn.problem(upn)).isEmpty();
    }

    @Test
    void acceptsATemporaryUpnWithALetterInPosition13() {
        // 8*2+5*3+6*4+4*5+0+0+1*8+2*9+5*10+0+0+ index('A')=0 *13 = 151; 151 mod 23 = 13 -> 'P'
        assertThat(Upn.problem("P85640012500A")).isEmpty();
        assertThat(Upn.problem("D85640012500A")).contains("UPN check letter is wrong");
    }

    @Test
    void rejectsAWrongCheckLetterWithoutEchoingTheValue() {
        assertThat(Upn.problem("E856400125001")).hasValue("UPN check letter is wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D85640012500", "D8564001250011", ""})
    void rejectsTheWrongLength(String upn) {
        assertThat(Upn.problem(upn)).hasValueSatisfying(reason -> assertThat(reason).doesNotContain("856400"));
    }

    @Test
    void rejectsLettersWhereDigitsBelongAndForbiddenLetters() {
        assertThat(Upn.problem("D8564A0125001")).hasValue("UPN characters 2 to 12 must be digits");
        assertThat(Upn.problem("I856400125001")).hasValue("UPN must start with a check letter");
        assertThat(Upn.problem("D85640012500I")).contains("UPN character 13 must be a digit or a letter (temporary UPN)");
    }

    @Test
    void neverPrintsItsValue() {
        assertThat(Upn.parse("D856400125001").toString()).doesNotContain("856400125001");
        assertThatThrownBy(() -> Upn.parse("E856400125001")).hasMessageNotContaining("856400125001");
    }

    @Test
    void syntheticUpnsAreValid() {
        for (int serial = 0; serial < 500; serial++) {
            assertThat(Upn.problem(SyntheticUpns.of("856", "4001", 19, serial))).isEmpty();
        }
    }
}
