package org.uplift.schools.hub;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.schools.common.DemoData;

/** Two synthetic hubs: EMSMH (the dev hub lead's) led from 990101, and one in the North West led from 990301. */
@Component
@Order(DemoData.HUBS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class HubDemoData implements ApplicationRunner {

    private final HubService hubs;
    private final HubRepository repository;

    HubDemoData(HubService hubs, HubRepository repository) {
        this.hubs = hubs;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        add("EMSMH", "East Midlands South Maths Hub", "990101", "855, 856, 857, 940");
        add("NWCMH", "North West Coast Maths Hub (synthetic)", "990301", "888, 890, 889");
    }

    private void add(String code, String name, String lead, String las) {
        if (!repository.existsById(code)) {
            hubs.create(new HubForm(code, name, lead, las, null), DemoData.admin());
        }
    }
}
