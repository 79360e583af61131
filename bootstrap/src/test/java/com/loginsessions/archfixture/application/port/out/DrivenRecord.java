package com.loginsessions.archfixture.application.port.out;

/** A driven port's own type, which driving ports and driving adapters must not see. */
public record DrivenRecord(String value) {
}
