package com.soundforge.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api answers 404 in the API's JSON shape rather than reaching the Vaadin UI. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ApiNotFoundException("There is no such API endpoint.");
    }
}
