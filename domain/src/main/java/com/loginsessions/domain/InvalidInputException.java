package com.loginsessions.domain;

/** A value broke a rule of the model (a malformed phone number, a password outside the policy...). */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
