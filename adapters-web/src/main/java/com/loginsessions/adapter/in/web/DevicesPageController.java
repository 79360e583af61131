package com.loginsessions.adapter.in.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "Your devices" page: static HTML, its script and style beside it under /devices/, calling the API from the
 * browser. Served with Accept-CH and Critical-CH, so Chromium browsers send the high-entropy client hints with
 * the page's own sign-in request, and the list can show the real OS version the frozen User-Agent hides.
 */
@Hidden
@RestController
class DevicesPageController {

    static final String CRITICAL_CH = "Sec-CH-UA-Platform-Version, Sec-CH-UA-Model";
    private static final Resource PAGE = new ClassPathResource("static/devices/index.html");

    @GetMapping(path = {"/devices", "/devices/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok()
                .header("Accept-CH", AuthController.ACCEPT_CH)
                .header("Critical-CH", CRITICAL_CH)
                .header("Vary", AuthController.ACCEPT_CH)
                .contentType(MediaType.TEXT_HTML)
                .body(PAGE);
    }
}
