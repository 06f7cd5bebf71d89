package org.uplift.schools.hub;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Which LAs a hub serves: a hub lead's window onto schools. */
@Component
public class HubCoverage {

    private final HubRepository hubs;

    HubCoverage(HubRepository hubs) {
        this.hubs = hubs;
    }

    public List<String> lasServedBy(@Nullable String hubCode) {
        if (hubCode == null) {
            return List.of();
        }
        return hubs.findById(hubCode).map(hub -> List.copyOf(hub.servedLaCodes)).orElse(List.of());
    }
}
