package io.lodestar.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.PrivacyProperties;

/**
 * Deletes or anonymises personal data past its company's retention period. Works in batches, each its own
 * transaction (all or nothing), selecting only rows still expired and not yet anonymised, so a run cut short
 * simply continues next time and a second run finds nothing. Each kind's total is audited once per run.
 * A dry run counts what a real run would touch and changes nothing.
 */
@Service
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	/** What a run did (or, dry, would do): rows or people per data kind, and the cut-off used. */
	public record Outcome(DataKind kind, int keepDays, Instant cutoff, int count) {
	}

	private final JdbcClient jdbc;

	private final RetentionRules rules;

	private final AuditTrail audit;

	private final TransactionTemplate inTransaction;

	private final int batchSize;

	private final io.lodestar.platform.jobs.JobLocks jobs;

	RetentionJob(JdbcClient jdbc, RetentionRules rules, AuditTrail audit, PlatformTransactionManager transactions,
			PrivacyProperties properties, io.lodestar.platform.jobs.JobLocks jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.rules = rules;
		this.audit = audit;
		this.inTransaction = new TransactionTemplate(transactions);
		this.batchSize = properties.retentionBatchSize();
	}

	@Scheduled(cron = "${lodestar.privacy.retention-cron:0 15 3 * * *}")
	void nightly() {
		// once across all instances (idempotent anyway, but two nodes would do the work twice)
		jobs.runOnce("privacy:retention", java.time.Duration.ofMinutes(10), java.time.Duration.ofHours(6), this::runAll);
	}

	private void runAll() {
		for (UUID tenant : jdbc.sql("select id from company").query(UUID.class).list()) {
			try {
				run(tenant, false, Instant.now());
			}
			catch (RuntimeException failed) {
				// one company's failure must not keep the others' expired data
				log.warn("Retention run failed for company {}", tenant, failed);
			}
		}
	}

	/** Applies (or, when {@code dry}, only counts) every retention rule of the company as of {@code now}. */
	public List<Outcome> run(UUID tenant, boolean dry, Instant now) {
		return rules.of(tenant).stream().map(rule -> {
			Instant cutoff = now.minus(rule.keepDays(), ChronoUnit.DAYS);
			int count = dry ? count(tenant, rule.kind(), cutoff) : apply(tenant, rule.kind(), cutoff);
			if (!dry && count > 0) {
				audit.recordSystem(tenant, null, "retention", "RETENTION", rule.kind().key(), null,
						rule.kind().retention().orElseThrow().action() + " " + count + " older than " + cutoff);
			}
			return new Outcome(rule.kind(), rule.keepDays(), cutoff, count);
		}).toList();
	}

	private int apply(UUID tenant, DataKind kind, Instant cutoff) {
		int total = 0;
		while (true) {
			Integer done = inTransaction.execute(status -> batch(tenant, kind, cutoff));
			total += done;
			if (done < batchSize) {
				return total;
			}
		}
	}

	private int batch(UUID tenant, DataKind kind, Instant cutoff) {
		return switch (kind) {
			case ATTENDANCE_PUNCHES -> delete(tenant, cutoff, "attendance_punch", "punched_at", "");
			case NOTIFICATION_DELIVERIES -> delete(tenant, cutoff, "engagement_delivery", "created_at",
					" and status in ('SENT', 'FAILED')");
			case AUDIT_LOG -> delete(tenant, cutoff, "platform_audit_event", "occurred_at", "");
			case CONTACT_DETAILS -> anonymise(tenant, cutoff);
			default -> 0;
		};
	}

	private int delete(UUID tenant, Instant cutoff, String table, String timeColumn, String condition) {
		// table and column names come from the switch above, never from input
		List<UUID> ids = jdbc.sql("select id from " + table + " where tenant_id = :tenant and " + timeColumn
				+ " < :cutoff" + condition + " order by " + timeColumn + " limit :limit")
			.param("tenant", tenant).param("cutoff", Timestamp.from(cutoff)).param("limit", batchSize)
			.query(UUID.class).list();
		if (!ids.isEmpty()) {
			jdbc.sql("delete from " + table + " where tenant_id = :tenant and id in (:ids)")
				.param("tenant", tenant).param("ids", ids).update();
		}
		return ids.size();
	}

	/**
	 * People who left before the cut-off keep their row (goals, scores and reporting lines stay whole) but lose
	 * name, number, e-mail, phone and dates, here and where their name was copied; their account is closed.
	 */
	private int anonymise(UUID tenant, Instant cutoff) {
		List<UUID> ids = jdbc.sql("""
				select id from people_employee
				where tenant_id = :tenant and status = 'LEFT' and left_on < :cutoff and anonymised_at is null
				order by left_on limit :limit""")
			.param("tenant", tenant).param("cutoff", Date.valueOf(LocalDate.ofInstant(cutoff, ZoneOffset.UTC)))
			.param("limit", batchSize).query(UUID.class).list();
		Timestamp now = Timestamp.from(Instant.now());
		for (UUID id : ids) {
			String label = "X-" + id;
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("tenant", tenant);
			params.put("id", id);
			params.put("label", label);
			params.put("now", now);
			jdbc.sql("""
					update people_employee set name = :label, employee_no = :label, email = null, phone = null,
					    hire_date = null, anonymised_at = :now, updated_at = :now, version = version + 1
					where tenant_id = :tenant and id = :id""").params(params).update();
			jdbc.sql("""
					update account_user set email = :email, display_name = :label, password_hash = null,
					    status = 'DISABLED', session_epoch = session_epoch + 1, updated_at = :now, version = version + 1
					where tenant_id = :tenant and employee_id = :id""")
				.params(params).param("email", id + "@anonymised.invalid").update();
			jdbc.sql("update engagement_message set author_name = :label where tenant_id = :tenant and author_employee_id = :id")
				.params(params).update();
			jdbc.sql("update recognition_praise set author_name = :label where tenant_id = :tenant and author_employee_id = :id")
				.params(params).update();
			jdbc.sql("update recognition_award set giver_name = :label where tenant_id = :tenant and giver_employee_id = :id")
				.params(params).update();
		}
		return ids.size();
	}

	private int count(UUID tenant, DataKind kind, Instant cutoff) {
		String sql = switch (kind) {
			case ATTENDANCE_PUNCHES -> "select count(*) from attendance_punch where tenant_id = :tenant and punched_at < :cutoff";
			case NOTIFICATION_DELIVERIES -> "select count(*) from engagement_delivery where tenant_id = :tenant"
					+ " and created_at < :cutoff and status in ('SENT', 'FAILED')";
			case AUDIT_LOG -> "select count(*) from platform_audit_event where tenant_id = :tenant and occurred_at < :cutoff";
			case CONTACT_DETAILS -> "select count(*) from people_employee where tenant_id = :tenant and status = 'LEFT'"
					+ " and left_on < :cutoffDate and anonymised_at is null";
			default -> null;
		};
		if (sql == null) {
			return 0;
		}
		return jdbc.sql(sql).param("tenant", tenant)
			.param("cutoff", Timestamp.from(cutoff))
			.param("cutoffDate", Date.valueOf(LocalDate.ofInstant(cutoff, ZoneOffset.UTC)))
			.query(Long.class).single().intValue();
	}

}
