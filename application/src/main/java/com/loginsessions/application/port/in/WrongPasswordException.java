package com.loginsessions.application.port.in;

/** The current password given to confirm a change is wrong. The caller stays signed in. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("the current password is wrong");
    }
}
