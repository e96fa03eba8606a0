package io.lodestar.reporting;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each company's version of people's scores ({@code reporting_score_version}), raised once a transaction that
 * changed scores or who is active has committed. Raised after the commit, never before: whoever reads the new
 * version then also reads the committed scores, so what is kept under a version is never older than it.
 */
@Component
class ScoreVersions {

	private static final Logger log = LoggerFactory.getLogger(ScoreVersions.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final Set<Runnable> failureListeners = new java.util.concurrent.CopyOnWriteArraySet<>();

	ScoreVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long current(UUID tenant) {
		return jdbc.sql("select version from reporting_score_version where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Raises the company's version when the current transaction commits (at once without one). */
	void raiseAfterCommit(UUID tenant) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			raise(tenant);
			return;
		}
		Object key = ScoreVersions.class;
		@SuppressWarnings("unchecked")
		Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(key);
		if (pending == null) {
			Set<UUID> tenants = new HashSet<>();
			TransactionSynchronizationManager.bindResource(key, tenants);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					tenants.forEach(ScoreVersions.this::raise);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}

			});
			pending = tenants;
		}
		pending.add(tenant);
	}

	/** Called when a version could not be raised: what was kept may be out of date. */
	void onFailure(Runnable listener) {
		failureListeners.add(listener);
	}

	private void raise(UUID tenant) {
		try {
			separately.executeWithoutResult(status -> {
				int updated = jdbc.sql("update reporting_score_version set version = version + 1 where tenant_id = :tenant")
					.param("tenant", tenant)
					.update();
				if (updated == 0) {
					jdbc.sql("insert into reporting_score_version (tenant_id, version) values (:tenant, 1) "
							+ "on conflict do nothing").param("tenant", tenant).update();
				}
			});
		}
		catch (RuntimeException e) {
			// the change itself is committed; only this instance can still be told to forget what it kept
			log.warn("Could not raise the score version of company {}", tenant, e);
			failureListeners.forEach(Runnable::run);
		}
	}

}
