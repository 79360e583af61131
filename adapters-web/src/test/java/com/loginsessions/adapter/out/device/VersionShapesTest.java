package com.loginsessions.adapter.out.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.domain.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule that reads a number from a header, fed every shape of number: huge, negative, leading zeros, other
 * scripts' digits, empty, and random ones. Detection never throws, and a version it shows is a plain number of at
 * most {@link VersionNumbers#MAX_DIGITS} digits.
 */
class VersionShapesTest {

    /** {V} is where the number goes; each template reaches a different rule. */
    private static final List<String> AGENT_TEMPLATES = List.of(
            "MyApp/1.0 CFNetwork/1494.0.7 Darwin/{V}",
            "MyApp/{V} CFNetwork/1494.0.7 Darwin/23.4.0",
            "MyApp/1.0 CFNetwork/1494.0.7 Darwin/{V} (MacBookPro18,1)",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{V} Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPhone; CPU iPhone OS {V}_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{V}.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/{V}.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X {V}_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15",
            "Mozilla/5.0 (Android {V}; Mobile; rv:125.0) Gecko/125.0 Firefox/{V}.0",
            "Dalvik/2.1.0 (Linux; U; Android {V}; Pixel 8 Build/AP1A)",
            "okhttp/{V}.12.0",
            "MyApp/2.1 (iPhone; iOS {V}; Scale/3.00) Alamofire/{V}.8.1",
            "MyApp/{V} (Android {V}; Pixel 8)",
            "Dart/{V} (dart:io)",
            "curl/{V}.5.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/{V}.0 Chrome/110.0.5481.154 Safari/537.36");
    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    private static final List<String> PLATFORMS = List.of("\"Windows\"", "\"macOS\"", "\"Android\"", "\"Linux\"");
    private static final Pattern SHOWN_VERSION = Pattern.compile(" [0-9]{1," + VersionNumbers.MAX_DIGITS + "}(\\.[0-9]+)?$");

    @Test
    void no_number_in_any_header_breaks_detection_or_shows_an_unbounded_version() {
        List<String> shapes = new ArrayList<>(List.of("99999999999", "2147483648", "-1", "-99999999999", "0", "000000017",
                "0000000000000000000000", "", " ", "١٧", "１７", "17\u0000", "1e9", "0x1F", "+17", "17" + "9".repeat(300),
                "9".repeat(5000), "NaN", "∞"));
        Random random = new Random(19);
        for (int i = 0; i < 200; i++) {
            shapes.add(Long.toString(random.nextLong() >>> random.nextInt(63)));
        }
        UapDeviceDetector detector = new UapDeviceDetector();
        for (String shape : shapes) {
            for (String template : AGENT_TEMPLATES) {
                String agent = template.replace("{V}", shape);
                assertShownVersionsBounded(detector, DeviceSignals.userAgentOnly(agent), agent);
            }
            for (String platform : PLATFORMS) {
                String version = "\"" + shape + ".0.0\"";
                assertShownVersionsBounded(detector, new DeviceSignals(CHROME, platform, version, "?0", null),
                        platform + " " + version);
            }
        }
    }

    @Test
    void leading_zeros_are_dropped_and_huge_numbers_are_unknown() {
        assertThat(VersionNumbers.major("017.4")).isEqualTo("17");
        assertThat(VersionNumbers.major("0")).isEqualTo("0");
        assertThat(VersionNumbers.major("000")).isEqualTo("0");
        assertThat(VersionNumbers.major("999999")).isEqualTo("999999");
        assertThat(VersionNumbers.major("1000000")).isNull();
        assertThat(VersionNumbers.major("99999999999")).isNull();
        assertThat(VersionNumbers.major("١٧")).isNull();
        assertThat(VersionNumbers.major("-1")).isNull();
        assertThat(VersionNumbers.major("")).isNull();
        assertThat(VersionNumbers.shown("10.15")).isEqualTo("10.15");
        assertThat(VersionNumbers.shown("10.99999999999")).isEqualTo("10");
        assertThat(VersionNumbers.majorNumber("2147483648")).isEmpty();
    }

    private static void assertShownVersionsBounded(UapDeviceDetector detector, DeviceSignals signals, String what) {
        assertThatCode(() -> {
            Device device = detector.detect(signals);
            for (String name : List.of(device.os(), device.browser())) {
                String lastWord = name.substring(name.lastIndexOf(' ') + 1);
                if (!lastWord.isEmpty() && Character.isDigit(lastWord.codePointAt(0))) {
                    assertThat(" " + lastWord).as("%s shown for %s", name, what).matches(SHOWN_VERSION);
                }
            }
        }).as(what).doesNotThrowAnyException();
    }
}
