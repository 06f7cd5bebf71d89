package org.uplift.schools.common;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;
import org.uplift.platform.problem.PreconditionFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void ifMatchIsReadFromStrongWeakAndBareETags() {
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch("W/\"4\"")).isEqualTo(4);
        assertThat(Versions.fromIfMatch(" 5 ")).isEqualTo(5);
    }

    @Test
    void aMissingIfMatchIsPreconditionRequiredAndGarbageOrAStaleVersionIsPreconditionFailed() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("428");
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"")).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> Versions.check(1, 2L)).isInstanceOf(PreconditionFailedException.class);
        Versions.check(0, null);
    }
}
