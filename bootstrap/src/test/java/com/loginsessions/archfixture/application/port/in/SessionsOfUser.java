package com.loginsessions.archfixture.application.port.in;

import com.loginsessions.archfixture.domain.Session;
import java.util.List;

/** Breaks "driving ports carry no aggregate": a driving port's result hands out the aggregates themselves. */
public record SessionsOfUser(List<Session> sessions) {
}
