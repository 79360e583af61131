package com.loginsessions.adapter.out.device;

import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import java.util.Optional;

/**
 * What detection found, field by field (so it can be measured against a labelled corpus), before it is turned
 * into the names people read.
 */
record DeviceFacts(String osFamily, String osVersion, String browserFamily, String browserMajor, DeviceType type,
                   Optional<String> model) {

    static final String UNKNOWN = Device.UNKNOWN_NAME;

    /** Whatever rule found them, the versions shown are numbers read with a bound ({@link VersionNumbers}). */
    DeviceFacts {
        osVersion = VersionNumbers.shown(osVersion);
        browserMajor = VersionNumbers.major(browserMajor);
    }

    Device toDevice() {
        return new Device(withVersion(osFamily, osVersion), withVersion(browserFamily, browserMajor), type, model);
    }

    private static String withVersion(String name, String version) {
        if (name == null || UNKNOWN.equals(name)) {
            return UNKNOWN;
        }
        return version == null || version.isBlank() ? name : name + " " + version;
    }
}
