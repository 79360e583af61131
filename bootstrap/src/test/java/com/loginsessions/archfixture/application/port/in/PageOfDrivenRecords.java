package com.loginsessions.archfixture.application.port.in;

import com.loginsessions.archfixture.application.port.out.DrivenRecord;
import java.util.List;

/** Breaks "incoming and outgoing ports do not depend on each other": a driving port's result leaks a driven type. */
public record PageOfDrivenRecords(List<DrivenRecord> records) {
}
