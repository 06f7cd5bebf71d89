package org.uplift.schools.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * Shared bits of the synthetic demo data each feature seeds when {@code uplift.demo-data=true}. Features seed
 * through their own services (so every record has its audit trail and its events go out through the outbox), in
 * the order of these constants, and skip whatever already exists, so restarts change nothing.
 */
public final class DemoData {

    public static final String PROPERTY = "uplift.demo-data";
    public static final int SCHOOLS = 100;
    public static final int HUBS = 200;
    public static final int REVIEWS = 300;
    public static final int PLANS = 400;
    public static final int VISITS = 500;
    public static final int PROJECTS = 600;

    private DemoData() {
    }

    public static TenantScope admin() {
        return new TenantScope("demo-data", "demo-data", "Uplift demo data", EnumSet.of(Role.PLATFORM_ADMIN), Set.of(),
                null, null, null);
    }

    /** The dev realm's system leader, as whom demo visits are recorded. */
    public static TenantScope sle() {
        return new TenantScope("sle.one", "sle.one", "sle.one", EnumSet.of(Role.SLE), Set.of(), "E12000004", null, null);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
