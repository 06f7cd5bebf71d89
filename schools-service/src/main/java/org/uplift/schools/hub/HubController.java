package org.uplift.schools.hub;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@RequestMapping("/api/hubs")
class HubController {

    private final HubService hubs;

    HubController(HubService hubs) {
        this.hubs = hubs;
    }

    @GetMapping
    List<HubView> all() {
        return hubs.all();
    }

    @GetMapping("/{code}")
    ResponseEntity<HubView> get(@PathVariable String code) {
        HubView hub = hubs.find(code);
        return ResponseEntity.ok().eTag(String.valueOf(hub.version())).body(hub);
    }

    @PostMapping
    @PreAuthorize("hasRole('platform-admin')")
    ResponseEntity<HubView> create(@Valid @RequestBody HubForm form, TenantScope scope) {
        HubView hub = hubs.create(form, scope);
        return ResponseEntity.created(URI.create("/api/hubs/" + hub.code())).eTag(String.valueOf(hub.version())).body(hub);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('platform-admin')")
    ResponseEntity<HubView> update(@PathVariable String code, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody HubForm form, TenantScope scope) {
        HubView hub = hubs.update(code, Versions.fromIfMatch(ifMatch), form, scope);
        return ResponseEntity.ok().eTag(String.valueOf(hub.version())).body(hub);
    }
}
