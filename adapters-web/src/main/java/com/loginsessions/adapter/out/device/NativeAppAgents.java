package com.loginsessions.adapter.out.device;

import com.loginsessions.domain.DeviceType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents of native apps and HTTP libraries that call APIs, which browser-oriented rules report as "Other":
 * iOS apps through CFNetwork/Darwin or Alamofire, Android apps through Dalvik or OkHttp, Flutter through dart:io.
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

    private NativeAppAgents() {
    }

    static Optional<DeviceFacts> recognise(String agent) {
        Matcher m = CFNETWORK.matcher(agent);
        if (m.find()) {
            String app = m.group(1);
            return Optional.of(new DeviceFacts("iOS", iosVersionOfDarwin(Integer.parseInt(m.group(3))),
                    app, majorOf(m.group(2)), DeviceType.MOBILE, Optional.empty()));
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

    private static String majorOf(String version) {
        if (version == null) {
            return null;
        }
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
