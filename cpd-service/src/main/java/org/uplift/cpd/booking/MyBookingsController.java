package org.uplift.cpd.booking;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MyBookingsController {

    @GetMapping("/api/cpd/me/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    List<Object> list() {
        return List.of();
    }
}
