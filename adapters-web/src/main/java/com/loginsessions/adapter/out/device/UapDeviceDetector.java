package com.loginsessions.adapter.out.device;

import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceSignals;
import com.loginsessions.domain.DeviceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Names a device the way its owner would ("Windows 11", "Chrome 124", desktop) from the User-Agent, parsed by
 * uap-java, and the User-Agent Client Hints, which win where browsers froze the User-Agent (Windows 11 still
 * says "Windows NT 10.0", macOS says "10_15_7"). The agent is cut to {@link #MAX_AGENT_LENGTH} characters before
 * parsing so crafted agents cannot make the regular expressions run long, and results are kept in a bounded cache
 * because most logins come from a few thousand distinct agents.
 */
public class UapDeviceDetector implements DeviceDetector {

    public static final int MAX_AGENT_LENGTH = 512;
    private static final int CACHE_SIZE = 10_000;

    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|scrape|monitor|synthetics|lighthouse|headless|preview|fetcher|"
                    + "^curl/|^wget/|python-requests|python-urllib|aiohttp|go-http-client|^java/|apache-httpclient|"
                    + "libwww|httpie|postmanruntime|insomnia|^https?://",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANDROID_TABLET_HINT = Pattern.compile("tablet|\\btab\\b|\\bpad\\b|kindle|silk",
            Pattern.CASE_INSENSITIVE);

    private final Parser parser = new Parser();
    private final Map<DeviceSignals, Device> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<DeviceSignals, Device> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    @Override
    public Device detect(DeviceSignals signals) {
        DeviceSignals bounded = bounded(signals);
        Device cached = cache.get(bounded);
        if (cached != null) {
            return cached;
        }
        Device device = parse(bounded);
        cache.put(bounded, device);
        return device;
    }

    private Device parse(DeviceSignals signals) {
        String agent = signals.userAgent();
        if (agent == null || agent.isBlank()) {
            return Device.UNKNOWN;
        }
        Client client = parser.parse(agent);
        DeviceType type = deviceType(agent, client, signals);
        return new Device(osName(client, signals), browserName(client), type);
    }

    private static DeviceType deviceType(String agent, Client client, DeviceSignals hints) {
        String os = client.os.family;
        String device = client.device.family;
        if ("Spider".equals(device) || BOT.matcher(agent).find()) {
            return DeviceType.BOT;
        }
        if ("?1".equals(unquote(hints.mobile()))) {
            return DeviceType.MOBILE;
        }
        if ("iPad".equals(device) || agent.contains("iPad")) {
            return DeviceType.TABLET;
        }
        switch (os) {
            case "iOS":
                return DeviceType.MOBILE;
            case "Android":
                if (ANDROID_TABLET_HINT.matcher(device).find()) {
                    return DeviceType.TABLET;
                }
                return agent.contains("Mobile") ? DeviceType.MOBILE : DeviceType.TABLET;
            case "Windows Phone", "BlackBerry OS", "BlackBerry Tablet OS", "Symbian OS", "KaiOS", "Firefox OS",
                 "Windows Mobile", "Bada", "MeeGo", "Sailfish":
                return DeviceType.MOBILE;
            case "Windows", "Mac OS X", "Linux", "Ubuntu", "Chrome OS", "Fedora", "Debian", "FreeBSD", "OpenBSD",
                 "NetBSD", "Solaris", "Mint", "Arch Linux", "CentOS", "Red Hat", "SUSE", "Gentoo":
                return agent.contains("Mobile") || agent.contains("Mobi;") ? DeviceType.MOBILE : DeviceType.DESKTOP;
            default:
                if (device.contains("Kindle") || agent.contains("Tablet")) {
                    return DeviceType.TABLET;
                }
                return agent.contains("Mobi") ? DeviceType.MOBILE : DeviceType.UNKNOWN;
        }
    }

    private static String osName(Client client, DeviceSignals hints) {
        String platform = unquote(hints.platform());
        String platformMajor = majorOf(unquote(hints.platformVersion()));
        if ("Windows".equals(platform) && platformMajor != null) {
            return Integer.parseInt(platformMajor) >= 13 ? "Windows 11" : "Windows 10";
        }
        if (("macOS".equals(platform) || "Android".equals(platform)) && platformMajor != null
                && !"0".equals(platformMajor)) {
            return platform + " " + platformMajor;
        }
        String family = client.os.family;
        if ("Other".equals(family)) {
            return platform == null || platform.isBlank() ? Device.UNKNOWN_NAME : platform;
        }
        if ("Mac OS X".equals(family)) {
            return withVersion("macOS", "10".equals(client.os.major) && client.os.minor != null
                    ? client.os.major + "." + client.os.minor
                    : client.os.major);
        }
        return withVersion(family, client.os.major);
    }

    private static String browserName(Client client) {
        String family = client.userAgent.family;
        if ("Other".equals(family)) {
            return Device.UNKNOWN_NAME;
        }
        return withVersion(plainBrowserFamily(family), client.userAgent.major);
    }

    /** "Chrome Mobile", "Mobile Safari", "Firefox iOS" are the same browsers people know as Chrome, Safari, Firefox. */
    private static String plainBrowserFamily(String family) {
        return switch (family) {
            case "Chrome Mobile", "Chrome Mobile iOS" -> "Chrome";
            case "Mobile Safari", "Mobile Safari UI/WKWebView" -> "Safari";
            case "Firefox Mobile", "Firefox iOS" -> "Firefox";
            case "Edge Mobile" -> "Edge";
            case "Opera Mobile" -> "Opera";
            default -> family;
        };
    }

    private static String withVersion(String name, String major) {
        return major == null || major.isBlank() ? name : name + " " + major;
    }

    private static String majorOf(String version) {
        if (version == null) {
            return null;
        }
        int end = 0;
        while (end < version.length() && end < 4 && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? null : version.substring(0, end);
    }

    private static String unquote(String hint) {
        if (hint == null) {
            return null;
        }
        String stripped = hint.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    private static DeviceSignals bounded(DeviceSignals signals) {
        return new DeviceSignals(cut(signals.userAgent(), MAX_AGENT_LENGTH), cut(signals.platform(), 64),
                cut(signals.platformVersion(), 64), cut(signals.mobile(), 8), cut(signals.model(), 64));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
