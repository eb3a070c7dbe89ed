package se.rln.commons.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one transaction worked out once and may reuse until it ends: a consumer applying a poll's
 * records in one transaction locks an aggregate's row and reads what hangs off it for the first
 * record of that aggregate, not for each. Forgotten when the transaction ends, committed or not.
 *
 * <p>Only for what cannot change under the transaction: rows it holds locked, or rows no one else
 * writes while it holds those locks.
 */
@ApplicationScoped
public class TransactionCache {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** {@code compute(key)} the first time this transaction asks for {@code key} in {@code cache}; the same value after. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K, V> V get(String cache, K key, Function<K, V> compute) {
        Object name = TransactionCache.class.getName() + ":" + cache;
        @SuppressWarnings("unchecked")
        Map<K, V> values = (Map<K, V>) transactions.getResource(name);
        if (values == null) {
            values = new HashMap<>();
            transactions.putResource(name, values);
        }
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            values.put(key, value);
        }
        return value;
    }
}
