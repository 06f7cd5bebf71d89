package org.uplift.assessment.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @ParameterizedTest
    @CsvSource({"80,80,1", "80,84,1", "82,83,2", "100,100,9", "100,104,9", "90,91,5", "117,118,16", "120,120,16", "119,120,16"})
    void priorAttainmentGroupsAreTwoAndAHalfPointBandsOfTheMeanScaledScore(int reading, int maths, int pag) {
        assertThat(Measures.pag(reading, maths)).isEqualTo(pag);
    }

    @Test
    void noPagWithoutBothKs2Scores() {
        assertThat(Measures.pag(null, 100)).isNull();
        assertThat(Measures.pag(100, null)).isNull();
    }

    @Test
    void ks2ThresholdsAreInclusive() {
        assertThat(Measures.ks2Expected(99)).isFalse();
        assertThat(Measures.ks2Expected(100)).isTrue();
        assertThat(Measures.ks2Higher(109)).isFalse();
        assertThat(Measures.ks2Higher(110)).isTrue();
        assertThat(Measures.ks2Expected(null)).isNull();
    }

    @Test
    void mathsProgressIsHalfTheDifferenceBetweenTheElementAndTheEstimate() {
        assertThat(Measures.mathsProgress(6, 10.0)).isEqualTo(1.0);
        assertThat(Measures.mathsProgress(0, 3.0)).isEqualTo(-1.5);
        assertThat(Measures.mathsProgress(5, null)).isNull();
        assertThat(Measures.atLeast(4, 4)).isTrue();
        assertThat(Measures.atLeast(0, 4)).isFalse();
    }

    @Test
    void diagnosticPercentOfMaximumMark() {
        assertThat(Measures.percent(30, 40)).isEqualTo(75.0);
    }

    @Test
    void estimatesAreTheMeanMathsElementPerPag() {
        PagSums sums = new PagSums();
        sums.add(9, 16);
        sums.add(9, 12);
        sums.addAll(9, 8, 1);
        assertThat(sums.means()).containsEntry(9, 12.0);
    }
}
