package com.loginsessions.application.port.in;

/** @param batchSize rows per delete statement; @param maxBatches upper bound of batches in one run */
public record PurgeEndedSessionsCommand(int batchSize, int maxBatches) {

    public PurgeEndedSessionsCommand {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batch size and count must be positive");
        }
    }
}
