package org.uplift.schools.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** Narrowing the index by text or LA must give exactly what a plain scan of every school gives, in the same order. */
class SchoolSearchSnapshotTest {

    private static final List<String> WORDS = List.of("Oak", "Ash", "St Mary's", "Academy", "Primary", "Hill", "oakley",
            "Brook", "Synthetic", "Park");
    private static final List<String> LAS = List.of("856", "855", "890", "340");

    private final SchoolSearchIndex.Snapshot snapshot = snapshot(2_000, new Random(7));

    @Test
    void textNarrowingMatchesAPlainScanOfNamesPostcodesAndUrns() {
        for (String text : List.of("oak", "Primary", "st mary", "LE1", "1 2", "le12 3", "100042", "zzz", "k", "y'", "ary")) {
            String lower = text.toLowerCase(Locale.UK);
            Predicate<SchoolSearchIndex.Entry> naive = e -> e.school().urn().equals(text) || e.name().contains(lower)
                    || e.postcode().contains(lower);
            assertThat(snapshot.narrowed(lower, text, null)).as(text)
                    .containsExactlyElementsOf(snapshot.byName().stream().filter(naive).toList());
        }
    }

    @Test
    void laNarrowingKeepsOnlyThoseLasInNameOrder() {
        assertThat(snapshot.narrowed(null, null, Set.of("856", "340")))
                .containsExactlyElementsOf(snapshot.byName().stream()
                        .filter(e -> Set.of("856", "340").contains(e.school().laCode())).toList());
        assertThat(snapshot.narrowed(null, null, Set.of("999"))).isEmpty();
        assertThat(snapshot.narrowed(null, null, Set.of())).isEmpty();
    }

    @Test
    void withTextAndLasTheLasNarrowAndTheCallerChecksTheText() {
        assertThat(snapshot.narrowed("oak", null, List.of("890")))
                .containsExactlyElementsOf(snapshot.byName().stream()
                        .filter(e -> e.school().laCode().equals("890")).toList());
    }

    @Test
    void noTextAndNoLaIsEverySchool() {
        assertThat(snapshot.narrowed(null, null, null)).hasSize(2_000);
    }

    private static SchoolSearchIndex.Snapshot snapshot(int count, Random random) {
        Map<String, SchoolSearchIndex.Entry> byUrn = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String urn = String.valueOf(100_000 + i);
            String name = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()))
                    + (i % 3 == 0 ? " " + i : "");
            String postcode = i % 10 == 0 ? null : "LE" + random.nextInt(20) + " " + random.nextInt(10) + "AB";
            String la = LAS.get(random.nextInt(LAS.size()));
            byUrn.put(urn, SchoolSearchIndex.Entry.of(new SchoolView(urn, la, "LA " + la, "E12000004", "2001",
                    la + "2001", name, "Primary", "Academy", "OPEN", null, postcode, null, List.of(), 0, List.of())));
        }
        return SchoolSearchIndex.Snapshot.of(1, Instant.EPOCH, byUrn);
    }
}
