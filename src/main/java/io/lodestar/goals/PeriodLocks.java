package io.lodestar.goals;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a company's period locks for the rest of the current transaction, for work outside a web request
 * (an import checks thousands of rows against the calendar in one transaction). Nothing outlives the
 * transaction, so no instance keeps serving lock flags another instance has changed since.
 */
final class PeriodLocks {

	private PeriodLocks() {
	}

	@SuppressWarnings("unchecked")
	static <T> T inTransaction(String key, Supplier<T> lookup) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return lookup.get();
		}
		String name = PeriodLocks.class.getName() + ":" + key;
		T found = (T) TransactionSynchronizationManager.getResource(name);
		if (found == null) {
			found = lookup.get();
			TransactionSynchronizationManager.bindResource(name, found);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(name);
				}

			});
		}
		return found;
	}

	static void forget(String key) {
		TransactionSynchronizationManager.unbindResourceIfPossible(PeriodLocks.class.getName() + ":" + key);
	}

}
