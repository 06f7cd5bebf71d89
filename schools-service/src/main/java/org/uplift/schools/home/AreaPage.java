package org.uplift.schools.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of the Schools area, reached through the gateway at {@code /schools}. */
@Controller
class AreaPage {

    @GetMapping("/schools")
    String show() {
        return "schools/index";
    }
}
