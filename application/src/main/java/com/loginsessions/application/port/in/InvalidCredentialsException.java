package com.loginsessions.application.port.in;

public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("invalid phone number or password");
    }
}
