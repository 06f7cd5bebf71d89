package org.uplift.cpd.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.cpd.cohort.CohortService;
import org.uplift.cpd.cohort.CohortView;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@TestPropertySource(properties = "uplift.demo-data=true")
class DemoDataIT {

    @Autowired
    DemoData demo;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    CohortService cohorts;

    @Test
    void seedsTheHubsProgrammesWithAFullCohortAndAWaitlistOnceOnly() {
        assertThat(programmes.ofHub("EMSMH")).extracting(p -> p.title()).contains("Secondary Mastery Specialists",
                "Non-specialist teachers of maths (Years 7\u20139)", "Numeracy across the curriculum",
                "Primary mastery work group: fractions");
        CohortView full = cohorts.ofHub("EMSMH").stream().filter(c -> c.capacity() == 3).findFirst().orElseThrow();
        assertThat(full.confirmed()).isEqualTo(3);
        assertThat(full.waitlist()).isEqualTo(1);

        demo.seed();

        assertThat(programmes.ofHub("EMSMH")).hasSize(4);
    }
}
