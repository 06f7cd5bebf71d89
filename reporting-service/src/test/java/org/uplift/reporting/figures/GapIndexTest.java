package org.uplift.reporting.figures;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GapIndexTest {

    @Test
    void tiedPupilsShareTheirAverageRank() {
        // cohort 1 3 3 3 5 7 (n = 6): ranks 1, 3, 3, 3, 5, 6; percentile (rank − 1)/5 = 0, .4, .4, .4, .8, 1
        // disadvantaged 1 3 3: mean .26667; others 3 5 7: mean .73333; 20 × .46667 = 9.3333
        assertThat(GapIndex.of(histogram(1, 3, 3), histogram(3, 5, 7))).isCloseTo(9.3333, within(0.0001));
    }

    @Test
    void isZeroWhenBothGroupsScoreAlikeAndNegativeWhenDisadvantagedPupilsAreAhead() {
        assertThat(GapIndex.of(histogram(4, 6), histogram(4, 6))).isCloseTo(0.0, within(1e-9));
        // cohort 2 4 6 8: percentiles 0, 1/3, 2/3, 1; disadvantaged 6 8 mean 5/6, others 2 4 mean 1/6: 20 × −4/6
        assertThat(GapIndex.of(histogram(6, 8), histogram(2, 4))).isCloseTo(-13.3333, within(0.0001));
    }

    @Test
    void everyoneTiedGivesNoGap() {
        // all four share rank 2.5, percentile 0.5
        assertThat(GapIndex.of(histogram(5, 5), histogram(5, 5))).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void needsPupilsInBothGroups() {
        assertThat(GapIndex.of(histogram(), histogram(3, 4))).isNull();
        assertThat(GapIndex.of(histogram(3), histogram())).isNull();
    }

    private static Map<Double, Long> histogram(double... values) {
        Map<Double, Long> histogram = new TreeMap<>();
        for (double value : values) {
            histogram.merge(value, 1L, Long::sum);
        }
        return histogram;
    }
}
