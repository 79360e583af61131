package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A unit of work is one database transaction; jOOQ's queries join it through Spring's transaction-aware data source. */
public class TransactionTemplateUnitOfWork implements UnitOfWork {

    private final TransactionTemplate transactions;

    public TransactionTemplateUnitOfWork(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
