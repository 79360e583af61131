package com.loginsessions.domain;

import java.util.Locale;

public enum DeviceType {
    DESKTOP, MOBILE, TABLET, BOT, UNKNOWN;

    /** The lower-case name clients see ("desktop", "mobile"...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeviceType fromCode(String code) {
        for (DeviceType type : values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
