package com.loginsessions.adapter.out.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UapDeviceDetectorTest {

    private static final UapDeviceDetector DETECTOR = new UapDeviceDetector();

    @ParameterizedTest(name = "{1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 | iOS 17 | Safari 17 | mobile
            Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 | iOS 16 | Safari 16 | tablet
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 | Windows | Chrome 124 | desktop
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51 | Windows | Edge 124 | desktop
            Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 | Windows 7 | Chrome 109 | desktop
            Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 | macOS | Safari 17 | desktop
            Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0 | macOS | Firefox 125 | desktop
            Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15 | macOS 10.13 | Safari 13 | desktop
            Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 | Android | Chrome 124 | mobile
            Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0 | Android 14 | Firefox 125 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1 | iOS 26 | Safari 26 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1 | iOS 26 | Safari 26 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1 | iOS 18 | Safari 18 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.7390.41 Mobile/15E148 Safari/604.1 | iOS | Chrome 141 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/142.0 Mobile/15E148 Safari/605.1.15 | iOS | Firefox 142 | mobile
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1 | iOS 17 | Chrome 125 | mobile
            Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0 | Linux | Firefox 125 | desktop
            Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36 | Android 14 | Chrome 124 | mobile
            Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 | Android 13 | Chrome 124 | tablet
            Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | Unknown | Googlebot 2 | bot
            curl/8.5.0 | Unknown | curl 8 | bot
            """)
    void recognises_common_devices(String agent, String os, String browser, String type) {
        Device device = DETECTOR.detect(DeviceSignals.userAgentOnly(agent));

        assertThat(device.os()).isEqualTo(os);
        assertThat(device.browser()).isEqualTo(browser);
        assertThat(device.type().code()).isEqualTo(type);
    }

    @Test
    void client_hints_reveal_windows_11_and_real_macos_versions() {
        String chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

        assertThat(DETECTOR.detect(new DeviceSignals(chrome, "\"Windows\"", "\"15.0.0\"", "?0", null)).os())
                .isEqualTo("Windows 11");
        assertThat(DETECTOR.detect(new DeviceSignals(chrome, "\"Windows\"", "\"10.0.0\"", "?0", null)).os())
                .isEqualTo("Windows 10");
        String mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
        assertThat(DETECTOR.detect(new DeviceSignals(mac, "\"macOS\"", "\"14.4.1\"", "?0", null)).os())
                .isEqualTo("macOS 14");
    }

    @Test
    void frozen_agents_get_their_version_from_client_hints_only() {
        String mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        String android = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(mac)).os()).isEqualTo("macOS");
        assertThat(DETECTOR.detect(new DeviceSignals(mac, "\"macOS\"", "\"15.2.0\"", "?0", null)).os()).isEqualTo("macOS 15");
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(android)).os()).isEqualTo("Android");
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(android)).model()).as("K is no model").isEmpty();
        assertThat(DETECTOR.detect(new DeviceSignals(android, "\"Android\"", "\"15.0.0\"", "?1", null)).os()).isEqualTo("Android 15");
    }

    @Test
    void hints_are_unquoted_before_they_are_cut_to_their_column() {
        String model = "M".repeat(64);
        Device device = DETECTOR.detect(new DeviceSignals("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "\"Android\"", "\"14\"", "?1", "\"" + model + "\""));

        assertThat(device.model()).contains(model);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MyApp/2.1 CFNetwork/1490.0.4 Darwin/23.2.0                                                   | iOS 17     | MyApp 2       | mobile  |
            Banking/7.3.1 CFNetwork/1568.100.1 Darwin/24.0.0                                             | iOS 18     | Banking 7     | mobile  |
            okhttp/4.12.0                                                                                | Android    | OkHttp 4      | mobile  |
            Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UQ1A.240205.004)                           | Android 14 | Android app   | mobile  | Pixel 8
            Dalvik/2.1.0 (Linux; U; Android 13; SM-X700 Build/TP1A.220624.014)                           | Android 13 | Android app   | tablet  | SM-X700
            Dart/3.3 (dart:io)                                                                           | Unknown    | Dart 3        | unknown |
            Alamofire/5.8.0                                                                              | iOS        | Alamofire 5   | mobile  |
            Slack/4.38.125 CFNetwork/1494.0.7 Darwin/23.4.0 (x86_64)                                     | macOS 14   | Slack 4       | desktop |
            Notes/4.11 CFNetwork/1568.100.1 Darwin/25.0.0 (arm64)                                        | macOS 26   | Notes 4       | desktop |
            MyBank/5.2.1 (Android)                                                                       | Android    | MyBank 5      | mobile  |
            Deliveroo/3.180.0 (Android 14; Pixel 8)                                                      | Android 14 | Deliveroo 3   | mobile  | Pixel 8
            MyApp/1.4 (com.example.app; build:42; iOS 17.2.0) Alamofire/5.8.0                           | iOS 17     | MyApp 1       | mobile  |
            """)
    void native_apps_and_http_libraries_are_named_with_the_os_they_run_on(String agent, String os, String browser,
                                                                          String type, String model) {
        Device device = DETECTOR.detect(DeviceSignals.userAgentOnly(agent));

        assertThat(device.os()).isEqualTo(os);
        assertThat(device.browser()).isEqualTo(browser);
        assertThat(device.type().code()).isEqualTo(type);
        assertThat(device.model()).isEqualTo(java.util.Optional.ofNullable(model));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ${jndi:ldap://127.0.0.1:1389/a}
            () { :; }; /bin/bash -c "echo vulnerable"
            sqlmap/1.7.2#stable (https://sqlmap.org)
            Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)
            axios/1.6.8
            python-httpx/0.27.0
            Ruby
            ReactorNetty/1.1.17
            IntelliJ HTTP Client/IntelliJ IDEA 2024.1
            k6/0.50.0 (https://k6.io/)
            """)
    void scanners_payloads_http_libraries_and_api_tools_are_bots(String agent) {
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(agent)).type()).isEqualTo(DeviceType.BOT);
    }

    @Test
    void super_apps_are_phones() {
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly("wxwork/4.1.22 (iPhone; iOS 17.4.1; Scale/3.00)")).type())
                .isEqualTo(DeviceType.MOBILE);
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(
                "AliApp(DingTalk/7.5.10) com.laiwang.DingTalk/33344580 Channel/201200 language/zh-Hans-CN")).type())
                .isEqualTo(DeviceType.MOBILE);
    }

    @Test
    void client_hints_reveal_the_model_and_a_mobile_device() {
        String chrome = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";

        Device device = DETECTOR.detect(new DeviceSignals(chrome, "\"Android\"", "\"14.0.0\"", "?1", "\"Pixel 8\""));

        assertThat(device.os()).isEqualTo("Android 14");
        assertThat(device.model()).contains("Pixel 8");
        assertThat(device.type().code()).isEqualTo("mobile");
        assertThat(DETECTOR.detect(new DeviceSignals("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                null, null, "?1", null)).type().code()).isEqualTo("mobile");
    }

    @Test
    void missing_empty_or_hostile_agents_are_unknown_and_bounded() {
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(null))).isEqualTo(Device.UNKNOWN);
        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(""))).isEqualTo(Device.UNKNOWN);

        Device hostile = DETECTOR.detect(DeviceSignals.userAgentOnly("Evil/1.0 \u0000\u001b[31m<script>" + "A".repeat(4096)));
        assertThat(hostile.os().length()).isLessThanOrEqualTo(Device.MAX_NAME_LENGTH);
        assertThat(hostile.browser()).doesNotContain("\u0000", "\u001b");
        assertThat(hostile.type()).isIn(DeviceType.UNKNOWN, DeviceType.BOT);
    }

    @Test
    void repeated_agents_come_from_the_cache_with_the_same_answer() {
        String agent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36";

        assertThat(DETECTOR.detect(DeviceSignals.userAgentOnly(agent))).isSameAs(DETECTOR.detect(DeviceSignals.userAgentOnly(agent)));
    }
}
