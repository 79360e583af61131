package com.loginsessions.application.service;

import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.domain.InvalidInputException;

/** The one rule for a phone number as typed that sign-up and sign-in share. */
final class TypedPhone {

    private TypedPhone() {
    }

    /**
     * A number typed without its country code, where none can be assumed, is a mistake to point out (400), not a
     * number without an account: that depends only on what was typed, so it tells nothing about accounts.
     */
    static void requireCountryCode(PhoneNumberNormalizer phoneNumbers, String typed) {
        if (phoneNumbers.lacksCountryCode(typed)) {
            throw new InvalidInputException("phone must start with + and the country code, like +14155550123 (or the "
                    + "service must be configured with a default region)");
        }
    }
}
