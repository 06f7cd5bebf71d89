package org.uplift.reporting.access;

import org.jspecify.annotations.Nullable;

/**
 * One place figures are given for: the platform, a region (ONS code), an LA (3-digit code) or a school (URN), with
 * the LA and region it lies in (null above them).
 */
public record Area(Level level, String code, String name, @Nullable String laCode, @Nullable String regionCode) {

    public String query() {
        return "level=" + level.param() + (level == Level.PLATFORM ? "" : "&code=" + code);
    }
}
