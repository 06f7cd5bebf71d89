package org.uplift.assessment.pupil;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymiserTest {

    private static final String KEY = "test-key-test-key-test-key-test-key!";

    @Test
    void theSamePupilGetsTheSamePseudonymWhateverTheCase() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(new PseudonymisationProperties(KEY));
        assertThat(pseudonymiser.pseudonymise("D856400125001").pupil())
                .isEqualTo(pseudonymiser.pseudonymise(" d856400125001").pupil());
    }

    @Test
    void thePseudonymIsAKeyedHashNotTheUpn() {
        Pseudonymiser one = new Pseudonymiser(new PseudonymisationProperties(KEY));
        Pseudonymiser other = new Pseudonymiser(new PseudonymisationProperties(KEY + "x"));
        PupilId id = one.pseudonymise("D856400125001").pupil();
        assertThat(id.value()).hasSize(64).doesNotContain("856400125001");
        assertThat(other.pseudonymise("D856400125001").pupil()).isNotEqualTo(id);
    }

    @Test
    void anInvalidUpnGivesAReasonAndNoPseudonym() {
        Pseudonymiser.Result result = new Pseudonymiser(new PseudonymisationProperties(KEY)).pseudonymise("E856400125001");
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isEqualTo("UPN check letter is wrong");
    }

    @Test
    void refusesToStartWithoutAKeyOrWithAShortOne() {
        assertThatThrownBy(() -> new PseudonymisationProperties(null)).hasMessageContaining("PSEUDONYMISATION_KEY");
        assertThatThrownBy(() -> new PseudonymisationProperties("short")).hasMessageContaining("at least 32 bytes");
    }
}
