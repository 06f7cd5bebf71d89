package org.uplift.schools.school;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolController {

    @GetMapping("/api/schools")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle','hub-lead','teacher')")
    List<Object> list() {
        return List.of();
    }
}
