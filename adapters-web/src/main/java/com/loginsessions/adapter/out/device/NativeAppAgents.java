package com.loginsessions.adapter.out.device;

import com.loginsessions.domain.DeviceType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents of native apps and HTTP libraries that call APIs, which browser-oriented rules report as "Other":
 * iOS apps through CFNetwork/Darwin or Alamofire (macOS apps when the agent names Mac hardware), Android apps
 * through Dalvik, OkHttp or an agent of their own naming Android, Flutter through dart:io.
 * The app or library is named in place of a browser, and the OS and device type are inferred from what the
 * library runs on.
 */
final class NativeAppAgents {

    private static final Pattern CFNETWORK = Pattern.compile("^([^/\\s]+)/([0-9][^\\s]*)?.*\\bCFNetwork/[0-9.]+\\s+Darwin/([0-9]+)");
    private static final Pattern DALVIK = Pattern.compile("^Dalvik/([0-9]+)[^(]*\\(Linux; U; Android ([0-9]+)[^;]*;\\s*([^;)]*?)(?:\\s+Build/[^;)]*)?\\)");
    private static final Pattern OKHTTP = Pattern.compile("^okhttp/([0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALAMOFIRE = Pattern.compile("Alamofire/([0-9]+)");
    private static final Pattern IOS_IN_APP_AGENT = Pattern.compile("\\biOS ([0-9]+)");
    private static final Pattern APP_NAME = Pattern.compile("^([A-Za-z][^/\\s]*)/([0-9]+)");
    private static final Pattern DART = Pattern.compile("^Dart/([0-9]+)");
    /** CFNetwork on a Mac: the agent names the architecture or the Mac model instead of an iPhone. */
    private static final Pattern MAC_HARDWARE = Pattern.compile("\\((x86_64|arm64|MacBook|iMac|Macmini|MacPro|Mac[0-9]|Mac Studio)");
    /** An Android app's own agent: "MyApp/1.2 (Android)", "MyApp/1.2 (Android 14; Pixel 8)", "MyApp/1.2 (Linux; Android 13)". */
    private static final Pattern ANDROID_APP = Pattern.compile(
            "^([A-Za-z][^/\\s]*)/([0-9][^\\s]*)?\\s*\\((?:Linux;\\s*)?(?:U;\\s*)?Android(?:\\s+([0-9]+)[^;)]*)?(?:;\\s*([^;)]*))?[^)]*\\)");

    private NativeAppAgents() {
    }

    static Optional<DeviceFacts> recognise(String agent) {
        Matcher m = CFNETWORK.matcher(agent);
        if (m.find()) {
            String app = m.group(1);
            int darwin = VersionNumbers.majorNumber(m.group(3)).orElse(0);
            if (MAC_HARDWARE.matcher(agent).find()) {
                return Optional.of(new DeviceFacts("macOS", macosVersionOfDarwin(darwin), app, VersionNumbers.major(m.group(2)),
                        DeviceType.DESKTOP, Optional.empty()));
            }
            return Optional.of(new DeviceFacts("iOS", iosVersionOfDarwin(darwin),
                    app, VersionNumbers.major(m.group(2)), DeviceType.MOBILE, Optional.empty()));
        }
        m = DALVIK.matcher(agent);
        if (m.find() && !agent.contains("AppleWebKit")) {
            String model = m.group(3).strip();
            return Optional.of(new DeviceFacts("Android", m.group(2), "Android app", null, DeviceType.MOBILE,
                    model.isEmpty() ? Optional.empty() : Optional.of(model)));
        }
        m = OKHTTP.matcher(agent);
        if (m.find()) {
            return Optional.of(new DeviceFacts("Android", null, "OkHttp", m.group(1), DeviceType.MOBILE,
                    Optional.empty()));
        }
        m = ALAMOFIRE.matcher(agent);
        if (m.find()) {
            Matcher ios = IOS_IN_APP_AGENT.matcher(agent);
            Matcher app = APP_NAME.matcher(agent);
            boolean named = app.find() && !app.group(1).equals("Alamofire");
            return Optional.of(new DeviceFacts("iOS", ios.find() ? ios.group(1) : null,
                    named ? app.group(1) : "Alamofire", named ? app.group(2) : m.group(1), DeviceType.MOBILE,
                    Optional.empty()));
        }
        m = ANDROID_APP.matcher(agent);
        if (m.find() && !agent.startsWith("Mozilla/") && !agent.startsWith("Dalvik/")) {
            String model = m.group(4) == null ? "" : m.group(4).replaceAll("\\s+Build/.*", "").strip();
            return Optional.of(new DeviceFacts("Android", m.group(3), m.group(1), VersionNumbers.major(m.group(2)), DeviceType.MOBILE,
                    model.isEmpty() || model.equals("K") ? Optional.empty() : Optional.of(model)));
        }
        m = DART.matcher(agent);
        if (m.find()) {
            return Optional.of(new DeviceFacts(DeviceFacts.UNKNOWN, null, "Dart", m.group(1), DeviceType.UNKNOWN,
                    Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * Darwin 10 shipped with iOS 4 and each major up to Darwin 24 matched iOS major + 6 (Darwin 23 = iOS 17);
     * Apple then renumbered iOS by year, so Darwin 25 is iOS 26.
     */
    static String iosVersionOfDarwin(int darwinMajor) {
        if (darwinMajor < 10) {
            return null;
        }
        return Integer.toString(darwinMajor >= 25 ? darwinMajor + 1 : darwinMajor - 6);
    }

    /** Darwin 20 shipped with macOS 11 and each major up to Darwin 24 matched macOS major + 9; Darwin 25 is macOS 26. */
    static String macosVersionOfDarwin(int darwinMajor) {
        if (darwinMajor < 20) {
            return null;
        }
        return Integer.toString(darwinMajor >= 25 ? darwinMajor + 1 : darwinMajor - 9);
    }
}
