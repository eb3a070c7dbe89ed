package se.rln.commons.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Append-only rows (outbox, change feed) a transaction writes, sent to PostgreSQL as one JDBC
 * batch per statement just before the transaction commits, instead of one round trip each: a
 * roster sync that registers ten thousand people writes its twenty thousand journal rows in a
 * handful of round trips. The rows are still written inside the transaction, under whatever
 * locks it holds, so they commit or roll back with it; a failing batch rolls the transaction back.
 *
 * <p>Only for rows the transaction does not read back itself before it commits.
 */
@ApplicationScoped
public class CommitBatches {

    private static final Object KEY = CommitBatches.class;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Adds a row for {@code sql} ({@code ?} placeholders, one per parameter) to this transaction's batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String sql, Object... parameters) {
        pending().rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(parameters);
    }

    /** Runs {@code action} after this transaction has committed (never after a rollback). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCommit(Runnable action) {
        pending().afterCommit.add(action);
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(KEY, pending);
            // Hibernate's own completion hooks: after its flush, on the connection it holds for the transaction.
            TransactionCompletionCallbacks callbacks = em.unwrap(SharedSessionContractImplementor.class)
                    .getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) pending::write);
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) pending::completed);
        }
        return pending;
    }

    private static final class Pending {

        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        final List<Runnable> afterCommit = new ArrayList<>();

        void write(SharedSessionContractImplementor session) {
            if (rows.isEmpty()) {
                return;
            }
            ((Session) session).doWork(connection -> {
                for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
                    try (PreparedStatement insert = connection.prepareStatement(statement.getKey())) {
                        for (Object[] row : statement.getValue()) {
                            for (int i = 0; i < row.length; i++) {
                                insert.setObject(i + 1, row[i]);
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
            });
            rows.clear();
        }

        void completed(boolean committed, SharedSessionContractImplementor session) {
            if (committed) {
                afterCommit.forEach(Runnable::run);
            }
        }
    }
}
