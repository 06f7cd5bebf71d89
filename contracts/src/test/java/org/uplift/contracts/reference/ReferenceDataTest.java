package org.uplift.contracts.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    @Test
    void holdsEveryEnglishRegionAndLocalAuthority() {
        assertThat(ReferenceData.regions()).hasSize(9);
        assertThat(ReferenceData.localAuthorities()).hasSize(153)
                .allSatisfy(la -> assertThat(ReferenceData.region(la.regionCode())).isPresent());
    }

    @Test
    void readsQuotedNamesWithCommas() {
        assertThat(ReferenceData.localAuthorityName("801")).isEqualTo("Bristol, City of");
    }

    @Test
    void mapsASupersededCodeToTheCurrentAuthority() {
        assertThat(ReferenceData.localAuthority("370")).hasValueSatisfying(la -> assertThat(la.name()).isEqualTo("Barnsley"));
    }

    @Test
    void knowsLeicesterIsInTheEastMidlands() {
        assertThat(ReferenceData.localAuthority("856")).hasValueSatisfying(la -> {
            assertThat(la.name()).isEqualTo("Leicester");
            assertThat(ReferenceData.regionName(la.regionCode())).isEqualTo("East Midlands");
        });
    }
}
