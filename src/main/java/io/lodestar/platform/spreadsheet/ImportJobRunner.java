package io.lodestar.platform.spreadsheet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.jobs.Heartbeats;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Runs the slow part of imports on a small pool of its own (not a shared executor bean, which would replace
 * Spring Boot's default one), as the user who asked, so the normal services check their rights and write the
 * audit trail in their name. While a job is queued or running here its heartbeat is kept fresh
 * ({@link Heartbeats}); an import writes everything and its DONE in one transaction, which commits only if the
 * job is still IMPORTING: a job another node gave up on as abandoned rolls back instead.
 */
@Component
class ImportJobRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	private final ImportJobStore store;

	private final ImportProperties properties;

	private final AuditTrail audit;

	private final TransactionTemplate inTransaction;

	private final TransactionTemplate readOnly;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	/** Jobs this instance is working on (or has queued); their heartbeats are kept fresh. */
	private final Set<UUID> active = ConcurrentHashMap.newKeySet();

	ImportJobRunner(ImportJobStore store, ImportProperties properties, AuditTrail audit,
			PlatformTransactionManager transactions, Heartbeats heartbeats) {
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.inTransaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		executor.setCorePoolSize(Math.max(1, properties.threads()));
		executor.setMaxPoolSize(Math.max(1, properties.threads()));
		executor.setQueueCapacity(100);
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		heartbeats.beatEvery("import job heartbeats", () -> store.beat(active));
	}

	boolean isActive(UUID jobId) {
		return active.contains(jobId);
	}

	void validate(ImportJob job, CurrentUser user, SpreadsheetImporter importer, byte[] content,
			boolean applyWhenValid) {
		submit(job, importer, () -> {
			Table table;
			try {
				table = SpreadsheetReader.read(job.fileName(), content, properties.maxRows());
			}
			catch (SpreadsheetException unreadable) {
				store.record(job.tenantId(), job.id(), ImportStatus.INVALID, ImportReport.failure(fileIssue(importer,
						unreadable)));
				return;
			}
			store.start(job.tenantId(), job.id(), table.rows().size());
			ImportCheck check = readOnly
				.execute(status -> importer.check(user, table, progress(job, table.rows().size())));
			if (!check.valid()) {
				store.record(job.tenantId(), job.id(), ImportStatus.INVALID, ImportReport.of(check));
				return;
			}
			if (!store.record(job.tenantId(), job.id(), ImportStatus.READY, ImportReport.of(check))) {
				return; // given up on as abandoned meanwhile
			}
			if (applyWhenValid && store.transition(job.tenantId(), job.id(), ImportStatus.READY, ImportStatus.IMPORTING)) {
				importNow(job, user, importer, table);
			}
		}, user);
	}

	void apply(ImportJob job, CurrentUser user, SpreadsheetImporter importer) {
		submit(job, importer, () -> {
			byte[] content = store.content(job.tenantId(), job.id()).orElseThrow();
			importNow(job, user, importer, SpreadsheetReader.read(job.fileName(), content, properties.maxRows()));
		}, user);
	}

	/** Checks again and writes everything in one transaction, which also marks the job DONE. */
	private void importNow(ImportJob job, CurrentUser user, SpreadsheetImporter importer, Table table) {
		store.start(job.tenantId(), job.id(), table.rows().size());
		try {
			inTransaction.executeWithoutResult(status -> {
				ImportCheck applied = importer.apply(user, table, progress(job, table.rows().size()));
				Map<String, Object> summary = new LinkedHashMap<>();
				summary.put("kind", job.kind());
				summary.put("fileName", job.fileName());
				summary.put("rows", table.rows().size());
				summary.put("created", applied.created());
				summary.put("updated", applied.updated());
				summary.put("unchanged", applied.unchanged());
				audit.record("IMPORT", "import", job.id(), null, summary);
				if (!store.record(job.tenantId(), job.id(), ImportStatus.DONE, ImportReport.of(applied))) {
					throw new GivenUp(job.id());
				}
			});
		}
		catch (GivenUp lost) {
			log.warn("Import job {} was given up on as abandoned while it ran; its rows are rolled back", job.id());
		}
		catch (ImportRejectedException changedMeanwhile) {
			store.record(job.tenantId(), job.id(), ImportStatus.FAILED,
					ImportReport.of(ImportCheck.invalid(changedMeanwhile.issues())));
		}
		catch (BusinessRuleException refused) {
			store.record(job.tenantId(), job.id(), ImportStatus.FAILED, ImportReport
				.failure(ImportIssue.general(refused.code(), refused.arguments())));
		}
	}

	private void submit(ImportJob job, SpreadsheetImporter importer, Runnable work, CurrentUser user) {
		active.add(job.id());
		try {
			executor.execute(() -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
						user.authorities()));
				SecurityContextHolder.setContext(context);
				try {
					work.run();
				}
				catch (SpreadsheetException unreadable) {
					store.record(job.tenantId(), job.id(), ImportStatus.FAILED,
							ImportReport.failure(fileIssue(importer, unreadable)));
				}
				catch (RuntimeException unexpected) {
					String reference = UUID.randomUUID().toString();
					log.error("Import job {} failed, reference {}", job.id(), reference, unexpected);
					store.record(job.tenantId(), job.id(), ImportStatus.FAILED, ImportReport
						.failure(ImportIssue.general(importer.messagePrefix() + ".job.unexpected", reference)));
				}
				finally {
					active.remove(job.id());
					SecurityContextHolder.clearContext();
				}
			});
		}
		catch (TaskRejectedException busy) {
			active.remove(job.id());
			store.record(job.tenantId(), job.id(), ImportStatus.FAILED,
					ImportReport.failure(ImportIssue.general(importer.messagePrefix() + ".job.busy")));
			throw BusinessRuleException.conflict(importer.messagePrefix() + ".job.busy", null);
		}
	}

	/** Writes progress every few rows only: enough for a smooth bar, few enough not to slow the import. */
	private ImportProgress progress(ImportJob job, int total) {
		int step = Math.max(25, total / 100);
		return new ImportProgress() {

			private int written;

			@Override
			public void rows(int processed) {
				if (processed - written >= step) {
					written = processed;
					store.progress(job.tenantId(), job.id(), processed);
				}
			}

		};
	}

	static ImportIssue fileIssue(SpreadsheetImporter importer, SpreadsheetException problem) {
		return ImportIssue.general(importer.messagePrefix() + ".file." + problem.reason().key(), problem.arguments());
	}

	/** The job is no longer IMPORTING (another node marked it failed): roll back everything it wrote. */
	private static final class GivenUp extends RuntimeException {

		GivenUp(UUID job) {
			super("import job " + job + " is no longer running");
		}

	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
