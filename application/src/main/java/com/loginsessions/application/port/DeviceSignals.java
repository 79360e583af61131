package com.loginsessions.application.port;

/**
 * What a client tells about its device: the User-Agent and, from browsers that send them, the User-Agent Client
 * Hints ({@code Sec-CH-UA-*}). Any of them may be null.
 */
public record DeviceSignals(String userAgent, String platform, String platformVersion, String mobile, String model) {

    public static DeviceSignals userAgentOnly(String userAgent) {
        return new DeviceSignals(userAgent, null, null, null, null);
    }
}
