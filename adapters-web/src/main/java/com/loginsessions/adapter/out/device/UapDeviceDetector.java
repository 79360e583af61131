package com.loginsessions.adapter.out.device;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Names a device the way its owner would ("Windows 11", "Chrome 124", desktop, "Pixel 8").
 * <ul>
 * <li>Browsers: the User-Agent parsed by uap-java (uap-core's community rules), then the User-Agent Client Hints,
 * which win where browsers froze the User-Agent (Windows 11 still says "Windows NT 10.0", macOS "10_15_7").</li>
 * <li>Native apps and HTTP libraries (CFNetwork/Darwin, Alamofire, Dalvik, OkHttp, Dart): see
 * {@link NativeAppAgents}.</li>
 * <li>Device type: the readable rules in {@link #deviceType}.</li>
 * </ul>
 * The agent is cut to {@link #MAX_AGENT_LENGTH} characters before parsing so crafted agents cannot make the
 * regular expressions run long, and results are kept in a bounded cache: most logins come from a few thousand
 * distinct agents.
 */
public class UapDeviceDetector implements DeviceDetector {

    private static final Logger log = LoggerFactory.getLogger(UapDeviceDetector.class);

    public static final int MAX_AGENT_LENGTH = 512;
    private static final int CACHE_SIZE = 10_000;

    private static final Pattern BOT = Pattern.compile(
            "crawl|spider|slurp|scrape|monitor|synthetics|lighthouse|headless|preview|fetcher|"
                    + "^curl/|^wget/|python-requests|python-urllib|aiohttp|go-http-client|^java/|apache-httpclient|"
                    + "libwww|httpie|postmanruntime|insomnia|https?://|\\+http|archiver|validator|checker|feed|"
                    + "google-|mediapartners|-google|^php/|apache-httpclient|commons-httpclient|guzzle|phantomjs|"
                    + "wkhtmltopdf|catchpoint|ptst/|speedcurve|dejaclick|survey|netcraft|facebookcatalog|research@|"
                    + "hackney|zgrab|scaninfo@|updown\\.io|resolver/|associationservice|java-http-client|kube-probe",
            Pattern.CASE_INSENSITIVE);
    /**
     * The long tail of non-human agents, by kind rather than one entry per string: exploit payloads sent as the
     * agent, security scanners, HTTP client libraries of many languages, IDE and API-testing clients, load tools.
     */
    private static final Pattern TOOL = Pattern.compile(
            // payloads: Log4Shell, Shellshock, script, PHP, SQL and template injection, path traversal
            "\\$\\{|\\(\\)\\s*\\{|<script|<\\?php|\\bunion\\s+(all\\s+)?select\\b|/etc/passwd|\\.\\./|\\bsleep\\(|"
                    + "\\bbenchmark\\(|\\{\\{|'\\s*or\\s+'?1'?\\s*=|\\bxp_cmdshell\\b|"
                    // scanners and internet-wide surveys
                    + "nikto|sqlmap|\\bnmap\\b|masscan|nuclei|acunetix|wpscan|dirbuster|gobuster|\\bffuf\\b|feroxbuster|"
                    + "burp|openvas|nessus|qualys|\\bw3af\\b|arachni|\\bzap/|wfuzz|whatweb|jaeles|commix|xsstrike|"
                    + "netsparker|appscan|webinspect|skipfish|havij|jorgee|zmeu|morfeus|censys|shodan|expanse|"
                    + "internet-measurement|l9explore|l9tcpid|leakix|netsystemsresearch|stretchoid|fuzz|"
                    // HTTP client libraries
                    + "^axios/|node-fetch|undici|superagent|node\\.js|^node/|^deno/|^bun/|^ruby|faraday|rest-client|"
                    + "httparty|typhoeus|excon|http\\.rb|libcurl|pycurl|urllib3|python-httpx|^httpx|^python/|^requests/|"
                    + "scrapy|mechanize|^lwp-|^perl|winhttp|restsharp|reqwest|^hyper/|isahc|^ureq|go-resty|^resty/|"
                    + "fasthttp|ktor-client|vert\\.x|reactor-?netty|apache-httpasyncclient|jersey/|unirest|asynchttpclient|^ahc/|^cpp-httplib|"
                    + "cpprest|^elixir|^mint/|^finch/|^httpoison|^tesla/|^dispatch/|^sttp/|^akka-http|^wget|"
                    // IDE, API-testing and load-testing clients
                    + "intellij http client|vscode-restclient|thunder client|^bruno|hoppscotch|rapidapi|^paw/|"
                    + "advanced rest client|restlet|katalon|soapui|jmeter|gatling|^k6/|locust|artillery|apachebench|"
                    + "^siege/|vegeta|^hey/",
            Pattern.CASE_INSENSITIVE);
    /** Chinese super-apps and their mini-program web views: phones, whatever else the agent says. */
    private static final Pattern SUPER_APP = Pattern.compile(
            "wxwork/|MicroMessenger|DingTalk|AliApp\\(|AlipayClient|\\bLark/|Feishu|\\bQQ/[0-9]|MQQBrowser|"
                    + "baiduboxapp|__weibo__|aweme|NewsArticle|Kwai|Kuaishou", Pattern.CASE_INSENSITIVE);
    /** Case-sensitive, so "Googlebot" and "SemrushBot" match but the CUBOT phone brand does not. */
    private static final Pattern BOT_WORD = Pattern.compile("[a-z]bot\\b|[a-z]Bot\\b|\\b[Bb]ot\\b|[Bb]ot[/;_-]");
    private static final Pattern ANDROID_TABLET = Pattern.compile(
            "tablet|\\btab\\b|\\bpad\\b|kindle|\\bKF[A-Z]{2,4}\\b|Nexus (7|9|10)\\b|SM-[TPX][0-9]|GT-P[0-9]|"
                    + "Lenovo TB|MediaPad|MatePad|Xoom", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLET_MARKERS = Pattern.compile(
            "\\(Tablet;|Tablet OS|Opera Tablet|PlayBook|Tablet PC|hp-tablet|PocketBook|Kobo|Kindle|X11; Linux.*Silk/", Pattern.CASE_INSENSITIVE);
    /** Windows RT tablets (Surface RT and the like); checked after phones, which also say ARM and Touch. */
    private static final Pattern WINDOWS_TOUCH_ARM = Pattern.compile("Windows NT [0-9.]+; ARM;.*Touch");
    private static final Pattern FEATURE_PHONE = Pattern.compile(
            "MIDP|J2ME|Opera Mini|NetFront|UP\\.Link|Symbian|Series ?60|PalmSource|Blazer|WPDesktop|Windows Phone|"
                    + "IEMobile|BlackBerry|Fuchsia|Lumia|Fennec|Sailfish", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESKTOP_MARKERS = Pattern.compile(
            "Macintosh|X11|Windows|UNIX|Amiga|BeOS|Haiku|IRIX|AIX|SunOS|Linux|CrOS|OS/2", Pattern.CASE_INSENSITIVE);
    private static final Pattern TV_OR_CONSOLE = Pattern.compile(
            "SmartTV|Smart-TV|SMART-TV|\\bTV\\b|GoogleTV|AppleTV|Apple TV|CrKey|Roku|AFT[A-Z]|BRAVIA|Web0S|webOS.TV|"
                    + "NetCast|HbbTV|Tizen.*TV|NETTV|_TV_|\\bCTV\\b|DTV|VIZIO|Viera|MediaPlayer|Cobalt|Starboard|"
                    + "PlayStation|Xbox|Nintendo|OculusBrowser|Quest|\\bWPE\\b",
            Pattern.CASE_INSENSITIVE);
    /** Chromium browsers that uap-core's rules of 2023 report as Chrome or not at all. */
    private static final Pattern NEWER_BROWSERS = Pattern.compile("\\b(Edg|EdgA|EdgiOS|Brave|Brave Browser|Brave Chrome)/([0-9]+)?");
    /** Chrome's reduced agent on every Android phone since 2023: "Android 10" and the model "K" are placeholders. */
    private static final Pattern REDUCED_ANDROID = Pattern.compile("Android 10; K[;)]");
    /** Every macOS browser since 2020 says 10.15 (Safari and Chrome "10_15_7", Firefox "10.15"): no real version. */
    private static final Pattern FROZEN_MAC = Pattern.compile("Mac OS X 10[_.]15(?:[_.]7)?[;)]");
    /** Safari on iOS/iPadOS 26+ keeps the OS token of the last iOS 18 releases; its own Version is the OS major. */
    private static final Pattern FROZEN_IOS = Pattern.compile("(?:iPhone OS|CPU OS) 18_[67](?:_[0-9]+)?\\b");
    private static final Pattern SAFARI_VERSION = Pattern.compile("\\bVersion/([0-9]+)");

    private static final Set<String> DESKTOP_OS = Set.of("Windows", "Mac OS X", "Linux", "Ubuntu", "Chrome OS",
            "Fedora", "Debian", "FreeBSD", "OpenBSD", "NetBSD", "Solaris", "Mint", "Arch Linux", "CentOS", "Red Hat",
            "SUSE", "Gentoo", "Kubuntu", "Mageia", "Slackware", "Mandriva", "PCLinuxOS", "Xubuntu", "Lubuntu");
    private static final Set<String> MOBILE_OS = Set.of("Windows Phone", "BlackBerry OS", "Symbian OS", "KaiOS",
            "Firefox OS", "Windows Mobile", "Bada", "MeeGo", "Sailfish", "Maemo", "webOS", "Tizen");
    private static final Set<String> GENERIC_MODELS = Set.of("Other", "Generic Smartphone", "Generic Tablet",
            "Generic Feature Phone", "Spider", "Mac", "K", "iOS-Device");

    /** Built in the background (it compiles uap-core's rules; docs/configuration.md): start-up need not wait. */
    private final CompletableFuture<Parser> parser = CompletableFuture.supplyAsync(Parser::new);
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
        Device device;
        try {
            device = analyseBounded(bounded).toDevice();
        } catch (RuntimeException e) {
            // A device name is a label; a rule that fails on an agent nobody foresaw must not stop the sign-in.
            log.warn("Device detection failed on an agent of {} characters ({}); recorded as unknown",
                    bounded.userAgent() == null ? 0 : bounded.userAgent().length(), e.toString());
            device = Device.UNKNOWN;
        }
        cache.put(bounded, device);
        return device;
    }

    /** Detection without the cache, field by field; package-private for the corpus test. */
    DeviceFacts analyse(DeviceSignals signals) {
        return analyseBounded(bounded(signals));
    }

    private DeviceFacts analyseBounded(DeviceSignals bounded) {
        String agent = bounded.userAgent();
        if (agent == null || agent.isBlank()) {
            return new DeviceFacts(DeviceFacts.UNKNOWN, null, DeviceFacts.UNKNOWN, null, DeviceType.UNKNOWN,
                    model(null, bounded));
        }
        Optional<DeviceFacts> nativeApp = NativeAppAgents.recognise(agent);
        if (nativeApp.isPresent() && !TV_OR_CONSOLE.matcher(agent).find() && !TOOL.matcher(agent).find()) {
            DeviceFacts app = nativeApp.get();
            DeviceType type = app.type() == DeviceType.MOBILE && ANDROID_TABLET.matcher(agent).find()
                    ? DeviceType.TABLET : app.type();
            return new DeviceFacts(app.osFamily(), app.osVersion(), app.browserFamily(), app.browserMajor(),
                    type, model(null, bounded).or(app::model));
        }
        Client client = parser.join().parse(agent);
        DeviceType type = deviceType(agent, client, bounded);
        String[] os = os(agent, client, bounded);
        Matcher newer = NEWER_BROWSERS.matcher(agent);
        if (newer.find()) {
            return new DeviceFacts(os[0], os[1], newer.group(1).startsWith("Edg") ? "Edge" : "Brave", newer.group(2),
                    type, model(client, bounded));
        }
        return new DeviceFacts(os[0], os[1], browserFamily(client), type == DeviceType.BOT && "Other".equals(
                client.userAgent.family) ? null : client.userAgent.major, type, model(client, bounded));
    }

    /**
     * The rules, in order: crawlers and HTTP libraries are bots; a client hint saying "mobile" is mobile; TVs and
     * consoles are unknown; iPads, e-readers and tablet markers are tablets; iPhones are mobile; Android is a
     * tablet when a tablet model or no "Mobile" token says so — except apps' own agents, which are phones unless
     * they name a tablet; feature-phone and phone operating systems are mobile; Samsung DeX reports X11 Linux but
     * runs on a tablet; desktop operating systems are desktop; anything else saying "Mobi" is mobile, the rest
     * unknown.
     */
    private static DeviceType deviceType(String agent, Client client, DeviceSignals hints) {
        String os = client.os.family;
        String device = client.device.family;
        if ("Spider".equals(device) || BOT.matcher(agent).find() || BOT_WORD.matcher(agent).find()
                || TOOL.matcher(agent).find()) {
            return DeviceType.BOT;
        }
        if ("?1".equals(hints.mobile())) {
            return DeviceType.MOBILE;
        }
        if (TV_OR_CONSOLE.matcher(agent).find()) {
            return DeviceType.UNKNOWN;
        }
        if (SUPER_APP.matcher(agent).find() && !agent.contains("Windows") && !agent.contains("Macintosh")) {
            return agent.contains("iPad") ? DeviceType.TABLET : DeviceType.MOBILE;
        }
        if ("iPad".equals(device) || agent.contains("iPad") || TABLET_MARKERS.matcher(agent).find()) {
            return DeviceType.TABLET;
        }
        if (FEATURE_PHONE.matcher(agent).find()) {
            return DeviceType.MOBILE;
        }
        if (WINDOWS_TOUCH_ARM.matcher(agent).find()) {
            return DeviceType.TABLET;
        }
        if ("iOS".equals(os) || agent.contains("iPhone") || agent.contains("iPod")) {
            return DeviceType.MOBILE;
        }
        if ("Android".equals(os) || agent.contains("Android")) {
            if (ANDROID_TABLET.matcher(agent).find() || device.contains("Tablet")) {
                return DeviceType.TABLET;
            }
            boolean browser = agent.startsWith("Mozilla/") || agent.startsWith("mozilla/") || agent.startsWith("Opera/");
            return !browser || agent.contains("Mobile") || agent.contains("Mobi") ? DeviceType.MOBILE : DeviceType.TABLET;
        }
        if (MOBILE_OS.contains(os)) {
            return DeviceType.MOBILE;
        }
        if (agent.contains("SamsungBrowser") && agent.contains("X11; Linux")) {
            return DeviceType.TABLET;
        }
        if (DESKTOP_OS.contains(os) || os.startsWith("Windows") || os.startsWith("Mac")) {
            return agent.contains("Mobile") && !agent.contains("Windows") && !agent.contains("Macintosh")
                    ? DeviceType.MOBILE : DeviceType.DESKTOP;
        }
        if (agent.contains("Mobi")) {
            return DeviceType.MOBILE;
        }
        return DESKTOP_MARKERS.matcher(agent).find() ? DeviceType.DESKTOP : DeviceType.UNKNOWN;
    }

    /**
     * {family, major version}: client hints first, then the User-Agent — but never a version the agent cannot
     * know. Frozen tokens (Windows NT 10.0 for 10 and 11, macOS 10.15, Chrome's "Android 10; K", iOS 18.6/18.7 under
     * iOS 26) give the family alone; Safari's Version/26+ is the iOS major.
     */
    private static String[] os(String agent, Client client, DeviceSignals hints) {
        String platform = hints.platform();
        String platformMajor = VersionNumbers.major(hints.platformVersion());
        if ("Windows".equals(platform) && platformMajor != null && !"0".equals(platformMajor)) {
            return new String[] {"Windows", VersionNumbers.majorNumber(platformMajor).orElse(0) >= 13 ? "11" : "10"};
        }
        if (("macOS".equals(platform) || "Android".equals(platform)) && platformMajor != null
                && !"0".equals(platformMajor)) {
            return new String[] {platform, platformMajor};
        }
        String family = client.os.family;
        if ("Other".equals(family)) {
            return new String[] {platform == null || platform.isBlank() ? osFromMarkers(agent) : platform, null};
        }
        if (agent.contains("SamsungBrowser") && agent.contains("X11; Linux")) {
            return new String[] {"Android", null};
        }
        if ("Mac OS X".equals(family)) {
            if (FROZEN_MAC.matcher(agent).find()) {
                return new String[] {"macOS", null};
            }
            return new String[] {"macOS", "10".equals(client.os.major) && client.os.minor != null
                    ? client.os.major + "." + client.os.minor : client.os.major};
        }
        if (family.startsWith("Windows") && !family.equals("Windows Phone") && !family.equals("Windows Mobile")) {
            return new String[] {"Windows", windowsVersion(family, client.os.major)};
        }
        if ("Android".equals(family) && REDUCED_ANDROID.matcher(agent).find()) {
            return new String[] {"Android", null};
        }
        if ("iOS".equals(family)) {
            return new String[] {"iOS", iosVersion(agent, client.os.major)};
        }
        return new String[] {family, client.os.major};
    }

    /**
     * Safari's own Version is the OS major from 26 on (Version/26.1 with "OS 18_7" is iOS 26). Without such a
     * token (Chrome, Firefox, in-app web views) a frozen OS token says only "iOS"; any other OS token is true.
     */
    private static String iosVersion(String agent, String major) {
        Matcher safari = SAFARI_VERSION.matcher(agent);
        if (safari.find() && VersionNumbers.majorNumber(safari.group(1)).orElse(0) >= 26) {
            return VersionNumbers.major(safari.group(1));
        }
        return FROZEN_IOS.matcher(agent).find() ? null : major;
    }

    /** When uap-core names no OS: the platform tokens every browser family has used. */
    private static String osFromMarkers(String agent) {
        if (agent.contains("CrOS")) {
            return "Chrome OS";
        }
        if (agent.contains("Macintosh") || agent.contains("Mac OS X")) {
            return "macOS";
        }
        if (agent.contains("Windows") || agent.startsWith("Microsoft Office") || agent.contains("Skype for Business")) {
            return "Windows";
        }
        if (agent.contains("Android") || agent.contains("FB4A")) {
            return "Android";
        }
        if (agent.contains("X11") || agent.contains("Linux")) {
            return "Linux";
        }
        return DeviceFacts.UNKNOWN;
    }

    /**
     * uap names old Windows releases in the family ("Windows XP", "Windows 7"); "Windows" with major 10 is
     * "Windows NT 10.0", which Windows 10 and 11 both send: no version without a client hint.
     */
    private static String windowsVersion(String family, String major) {
        if (family.equals("Windows")) {
            return "10".equals(major) ? null : major;
        }
        return family.substring("Windows".length()).strip();
    }

    /** "Chrome Mobile", "Mobile Safari", "Firefox iOS" are the same browsers people know as Chrome, Safari, Firefox. */
    private static String browserFamily(Client client) {
        String family = client.userAgent.family;
        return switch (family) {
            case "Other" -> DeviceFacts.UNKNOWN;
            case "Chrome Mobile", "Chrome Mobile iOS", "HeadlessChrome" -> "Chrome";
            case "Chrome Mobile WebView" -> "Chrome WebView";
            case "Mobile Safari", "Mobile Safari UI/WKWebView", "Safari UI/WKWebView" -> "Safari";
            case "Firefox Mobile", "Firefox iOS", "Firefox Beta", "Firefox Alpha" -> "Firefox";
            case "Edge Mobile" -> "Edge";
            case "Opera Mobile", "Opera Tablet" -> "Opera";
            case "Amazon Silk" -> "Silk";
            case "IE" -> "Internet Explorer";
            default -> family;
        };
    }

    private static Optional<String> model(Client client, DeviceSignals hints) {
        String hinted = hints.model();
        if (hinted != null && !hinted.isBlank()) {
            return Optional.of(hinted);
        }
        if (client == null || GENERIC_MODELS.contains(client.device.family) || client.device.family.startsWith("Generic")) {
            return Optional.empty();
        }
        return Optional.of(client.device.family);
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

    /**
     * Hints are unquoted before they are cut, so a 64-character model keeps its 64 characters; everything after
     * this reads the bounded, unquoted signals.
     */
    private static DeviceSignals bounded(DeviceSignals signals) {
        return new DeviceSignals(cut(signals.userAgent(), MAX_AGENT_LENGTH), cut(unquote(signals.platform()), 64),
                cut(unquote(signals.platformVersion()), 64), cut(unquote(signals.mobile()), 8),
                cut(unquote(signals.model()), 64));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
