package org.uplift.reporting.figures;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One figure as every reader gets it: the number (null when it may not or cannot be shown) and what to display —
 * the number formatted, or {@code c} (suppressed), {@code x} (not available) or {@code z} (not applicable).
 */
public record Cell(@Nullable BigDecimal value, String display) {

    public static final Cell SUPPRESSED = new Cell(null, "c");
    public static final Cell NOT_AVAILABLE = new Cell(null, "x");
    public static final Cell NOT_APPLICABLE = new Cell(null, "z");

    static Cell of(BigDecimal value) {
        return new Cell(value, value.toPlainString());
    }
}
