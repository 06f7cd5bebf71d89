package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void readsTheResidentSetFromProcStatus() {
        String status = """
                Name:\tjava
                VmPeak:\t 4000000 kB
                VmRSS:\t  204800 kB
                Threads:\t42
                """;

        assertThat(ResidentMemory.vmRssKiB(status)).isEqualTo(204800);
    }

    @Test
    void aProcessThatIsGoneUsesNothing() {
        assertThat(ResidentMemory.ofProcess(Long.MAX_VALUE)).isZero();
    }
}
