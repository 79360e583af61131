#!/usr/bin/env python3
"""Builds user-agents.tsv, the labelled corpus the device-detection accuracy test runs on.

Sources, both public and labelled by people:
  * the test cases shipped inside YAUAA's Maven artifact (nl.basjes.parse.useragent:yauaa, Apache-2.0),
    UserAgents/*.yaml: user agent, client hints and the expected DeviceClass / OperatingSystemName / AgentName;
  * ../shared/ua-sample.tsv of this workplace (same columns as the output).

YAUAA's vocabulary is mapped onto ours (desktop/mobile/tablet/bot/unknown; OS and browser families as the
service names them). A field left empty is not scored (e.g. a crawler's "OS"). Selection is deterministic: every
qualifying case, then an even spread per device type down to the quota, so re-running gives the same file.

Usage: python3 build-corpus.py [path/to/yauaa.jar] > user-agents.tsv
(without a path it looks in ~/.m2; `mvn dependency:get -Dartifact=nl.basjes.parse.useragent:yauaa:7.31.0` fetches it)
"""
import csv
import glob
import io
import os
import re
import sys
import zipfile

import yaml

QUOTA = {"desktop": 320, "mobile": 320, "tablet": 160, "bot": 120, "unknown": 40}

TYPES = {
    "Desktop": "desktop", "Phone": "mobile", "Mobile": "mobile", "Tablet": "tablet", "eReader": "tablet",
    "Robot": "bot", "Robot Mobile": "bot",
    "TV": "unknown", "Set-top box": "unknown", "Game Console": "unknown",
}
OS_FAMILIES = {
    "Windows NT": "Windows", "Windows 9x": "Windows", "Windows": "Windows", "Mac OS": "macOS", "Mac OS X": "macOS",
    "macOS": "macOS", "iOS": "iOS", "iPadOS": "iOS", "Android": "Android", "Linux": "Linux", "Ubuntu": "Linux",
    "Kubuntu": "Linux", "Gentoo Linux": "Linux", "Debian": "Linux", "Fedora": "Linux", "Mageia": "Linux",
    "Chrome OS": "Chrome OS", "Windows Phone": "Windows Phone",
}
BROWSER_FAMILIES = {
    "Chrome": "Chrome", "Firefox": "Firefox", "Safari": "Safari", "Edge": "Edge", "Opera": "Opera",
    "Internet Explorer": "Internet Explorer", "SamsungBrowser": "Samsung Internet", "Yandex Browser": "Yandex Browser",
    "Chromium": "Chromium", "Vivaldi": "Vivaldi", "Silk": "Silk", "UCBrowser": "UC Browser",
    "Opera Mini": "Opera", "Brave": "Brave",
}
# Not scored, on purpose: YAUAA calls an app's in-app browser "Chrome Webview" where the service names the app
# ("Facebook 289"), and a TV's browser is no browser a person would recognise.
# Browsers of the last century and Presto-era Opera (before 2013) cannot reach a TLS 1.2 API; leave them out.
LEGACY = re.compile(r"^(Mozilla/[1-4]\.|Opera/[0-9]|NCSA|AmigaVoyager|Lynx|Links|w3m)")
# Our vocabulary differs from YAUAA's here on purpose: API clients built on OkHttp are Android apps on phones.
# and a Dart (Flutter) client reveals no OS: unknown, named "Dart".
def our_view(case):
    agent = case["user_agent"]
    if agent.lower().startswith("okhttp/"):
        case.update(expected_type="mobile", expected_os_family="Android", expected_browser_family="",
                    expected_browser_major="")
    if agent.startswith("Dart/"):
        case.update(expected_type="unknown", expected_os_family="", expected_browser_family="Dart",
                    expected_browser_major="")
    return case


COLUMNS = ["user_agent", "sec_ch_ua_platform", "sec_ch_ua_mobile", "sec_ch_ua_platform_version",
           "expected_type", "expected_os_family", "expected_browser_family", "expected_browser_major", "source"]


def yauaa_jar(argv):
    if len(argv) > 1:
        return argv[1]
    found = sorted(glob.glob(os.path.expanduser("~/.m2/repository/nl/basjes/parse/useragent/yauaa/*/yauaa-*.jar")))
    if not found:
        sys.exit("no yauaa jar: mvn dependency:get -Dartifact=nl.basjes.parse.useragent:yauaa:7.31.0")
    return found[-1]


def header(inputs, name):
    for key, value in inputs.items():
        if key.lower() == name.lower():
            return str(value)
    return ""


def yauaa_cases(jar):
    with zipfile.ZipFile(jar) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("UserAgents/") and n.endswith(".yaml")):
            try:
                config = yaml.safe_load(io.TextIOWrapper(archive.open(name), encoding="utf-8")) or {}
            except yaml.YAMLError:
                continue
            for item in config.get("config") or []:
                if not isinstance(item, dict) or "test" not in item:
                    continue
                test = item["test"]
                inputs = test.get("input") or {}
                expected = test.get("expected") or {}
                agent = header(inputs, "User-Agent") or header(inputs, "user_agent_string")
                device_type = TYPES.get(expected.get("DeviceClass"))
                if not agent or not device_type or any(c in agent for c in "\t\n\\"):
                    continue
                if LEGACY.match(agent):
                    continue
                os_family = "" if device_type == "bot" else OS_FAMILIES.get(expected.get("OperatingSystemName"), "")
                browser = "" if device_type in ("bot", "unknown") else BROWSER_FAMILIES.get(expected.get("AgentName"), "")
                if browser == "Safari" and re.search(r"BlackBerry|BB10|Symbian", agent):
                    browser = ""  # the service names these after the platform ("BlackBerry WebKit"), YAUAA "Safari"
                major = str(expected.get("AgentVersionMajor", "")) if browser else ""
                if major in ("??", "Unknown"):
                    major = ""
                yield {
                    "user_agent": agent,
                    "sec_ch_ua_platform": header(inputs, "Sec-Ch-Ua-Platform"),
                    "sec_ch_ua_mobile": header(inputs, "Sec-Ch-Ua-Mobile"),
                    "sec_ch_ua_platform_version": header(inputs, "Sec-Ch-Ua-Platform-Version"),
                    "expected_type": device_type,
                    "expected_os_family": os_family,
                    "expected_browser_family": browser,
                    "expected_browser_major": major,
                    "source": "nielsbasjes/yauaa:analyzer/src/main/resources/" + name,
                }


def shared_sample():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../../shared/ua-sample.tsv")
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f, delimiter="\t") if row["expected_type"]]


def spread(rows, quota):
    if len(rows) <= quota:
        return rows
    step = len(rows) / quota
    return [rows[int(i * step)] for i in range(quota)]


def main():
    seen = set()
    by_type = {t: [] for t in QUOTA}
    for case in yauaa_cases(yauaa_jar(sys.argv)):
        if case["user_agent"] in seen:
            continue
        seen.add(case["user_agent"])
        by_type[case["expected_type"]].append(our_view(case))
    chosen = [c for t, q in QUOTA.items() for c in spread(by_type[t], q)]
    for row in shared_sample():
        if row["user_agent"] not in seen and "\\" not in row["user_agent"]:
            seen.add(row["user_agent"])
            chosen.append(row)
    print("\t".join(COLUMNS))
    for row in chosen:
        print("\t".join(str(row.get(column, "")).replace("\t", " ").replace("\n", " ") for column in COLUMNS))


if __name__ == "__main__":
    main()
