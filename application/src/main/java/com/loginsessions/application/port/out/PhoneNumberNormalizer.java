package com.loginsessions.application.port.out;

import com.loginsessions.domain.PhoneNumber;
import java.util.Optional;

/** Turns a phone number as typed ("+1 (415) 555-0123") into E.164, or empty when it cannot be a phone number. */
public interface PhoneNumberNormalizer {

    Optional<PhoneNumber> normalize(String typed);

    /**
     * Whether the number was typed without its country code where none can be assumed: the person should be told
     * to add it, rather than the number be treated as one that has no account.
     */
    boolean lacksCountryCode(String typed);
}
