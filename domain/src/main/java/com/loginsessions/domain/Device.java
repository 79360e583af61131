package com.loginsessions.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a person recognises a session by: "iOS 17", "Safari 17", mobile, and the model when known ("Pixel 8").
 * Values are cleaned of control characters and bounded in length, since they come from whatever a client chose
 * to send.
 */
public record Device(String os, String browser, DeviceType type, Optional<String> model) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final String UNKNOWN_NAME = "Unknown";
    public static final Device UNKNOWN = new Device(UNKNOWN_NAME, UNKNOWN_NAME, DeviceType.UNKNOWN);

    public Device {
        os = clean(os);
        browser = clean(browser);
        Objects.requireNonNull(type, "device type");
        model = Objects.requireNonNull(model, "model").map(Device::clean).filter(m -> !m.equals(UNKNOWN_NAME));
    }

    /** A device whose model is not known. */
    public Device(String os, String browser, DeviceType type) {
        this(os, browser, type, Optional.empty());
    }

    private static String clean(String name) {
        if (name == null) {
            return UNKNOWN_NAME;
        }
        if (isAlreadyClean(name)) {
            return name;
        }
        StringBuilder cleaned = new StringBuilder(Math.min(name.length(), MAX_NAME_LENGTH));
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(MAX_NAME_LENGTH)
                .forEach(cleaned::appendCodePoint);
        String trimmed = cleaned.toString().strip();
        return trimmed.isEmpty() ? UNKNOWN_NAME : trimmed;
    }

    /**
     * Printable ASCII within the bound and without surrounding spaces: what cleaning would leave unchanged. Most
     * names are, and every session row read builds a device, so they skip the code-point pass.
     */
    private static boolean isAlreadyClean(String name) {
        int length = name.length();
        if (length == 0 || length > MAX_NAME_LENGTH || name.charAt(0) == ' ' || name.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
