package com.loginsessions.domain;

import java.util.regex.Pattern;

/** A phone number in E.164 form ("+14155550123"); turning what people type into this form is a driven port's job. */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidInputException("phone number must be in E.164 form");
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
