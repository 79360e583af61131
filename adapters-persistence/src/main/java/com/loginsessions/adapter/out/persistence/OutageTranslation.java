package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Wraps a driven port so that database failures that say nothing about the data (no connection, pool exhausted,
 * statement or lock timeout, server shutting down, a transaction that could not be begun, committed or rolled back,
 * a standby reached during a failover) surface as {@link StoreUnavailableException}: the service
 * then answers 503 and never mistakes an outage for "signed out". Everything else passes through unchanged.
 */
final class OutageTranslation {

    /** SQLSTATE classes and codes that mean "try again later": connection, resources, operator intervention, locks. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57", "58");
    /**
     * Lock not available, serialization failure, deadlock, and a read-only transaction: during a failover a
     * connection can reach the old primary after it came back as a standby, until the proxy cuts it.
     */
    private static final Set<String> TRANSIENT_CODES = Set.of("55P03", "40001", "40P01", "25006");

    private OutageTranslation() {
    }

    static <T> T guard(Class<T> port, T target) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                if (failure instanceof RuntimeException runtime && isOutage(runtime)) {
                    throw new StoreUnavailableException("the database cannot answer now", runtime);
                }
                throw failure;
            }
        });
        return port.cast(proxy);
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException) {
                return false;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // No transaction could be begun, or its commit or rollback failed: the connection is gone (the pool's
            // "Connection is closed" carries no SQLSTATE), whatever the work itself had raised.
            if (cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5
                    && (TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))
                        || TRANSIENT_CODES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
