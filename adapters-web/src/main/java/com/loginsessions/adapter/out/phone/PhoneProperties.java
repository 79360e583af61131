package com.loginsessions.adapter.out.phone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Phone-number settings (prefix {@code app.phone}).
 *
 * @param defaultRegion ISO 3166 region (e.g. US) for numbers typed without "+country code"; empty requires the prefix
 */
@ConfigurationProperties("app.phone")
public record PhoneProperties(@DefaultValue("") String defaultRegion) {
}
