package com.loginsessions.adapter.out.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.domain.PhoneNumber;
import java.util.Optional;

/**
 * Google's libphonenumber turns what people type ("+1 (415) 555-0123") into E.164. It accepts any number of a
 * possible length for its country rather than only numbers assigned today, so a new number range never locks
 * people out. Numbers without a "+" prefix need a configured default region; without one, the use cases tell
 * the person to add the country code.
 */
public class LibPhoneNumberNormalizer implements PhoneNumberNormalizer {

    private static final int MAX_TYPED_LENGTH = 64;
    private static final String NO_REGION = "ZZ";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public LibPhoneNumberNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? NO_REGION : defaultRegion.strip();
    }

    @Override
    public boolean lacksCountryCode(String typed) {
        return NO_REGION.equals(defaultRegion) && typed != null && !typed.isBlank() && !typed.strip().startsWith("+");
    }

    @Override
    public Optional<PhoneNumber> normalize(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        try {
            var parsed = util.parse(typed, defaultRegion);
            if (!util.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(util.format(parsed, PhoneNumberFormat.E164)));
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
