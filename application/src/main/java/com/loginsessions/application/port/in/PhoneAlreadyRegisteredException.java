package com.loginsessions.application.port.in;

public class PhoneAlreadyRegisteredException extends RuntimeException {

    public PhoneAlreadyRegisteredException() {
        super("an account with this phone number already exists");
    }
}
