package io.lodestar.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.Retention;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/** Each company's retention period per data kind: the built-in default unless HR set another, never below the minimum. */
@Service
@Transactional
public class RetentionRules {

	/** A data kind's rule in one company. {@code custom}: HR changed the default. */
	public record Rule(DataKind kind, Retention retention, int keepDays, boolean custom) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	RetentionRules(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Rule> of(UUID tenant) {
		Map<String, Integer> custom = jdbc.sql("select data_kind, keep_days from privacy_retention_rule where tenant_id = :tenant")
			.param("tenant", tenant)
			.query((row, number) -> Map.entry(row.getString("data_kind"), row.getInt("keep_days")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Arrays.stream(DataKind.values()).filter(kind -> kind.retention().isPresent()).map(kind -> {
			Retention retention = kind.retention().get();
			Integer days = custom.get(kind.name());
			return new Rule(kind, retention, days == null ? retention.defaultDays() : days, days != null);
		}).toList();
	}

	/** HR sets a kind's period; refused (nothing changes) below the legal minimum. */
	public void set(CurrentUser user, DataKind kind, int keepDays) {
		Retention retention = kind.retention().orElseThrow(() -> new NotFoundException("retention-rule", kind));
		if (keepDays < retention.minimumDays() || keepDays > 36500) {
			throw BusinessRuleException.invalid("privacy.retention.below-minimum", "keepDays", retention.minimumDays());
		}
		int old = of(user.tenant()).stream().filter(rule -> rule.kind() == kind).findFirst().orElseThrow().keepDays();
		int updated = jdbc.sql("""
				update privacy_retention_rule set keep_days = :days, updated_by = :user, updated_at = :now
				where tenant_id = :tenant and data_kind = :kind""")
			.param("days", keepDays).param("user", user.userId()).param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant()).param("kind", kind.name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into privacy_retention_rule (tenant_id, data_kind, keep_days, updated_by, updated_at)
					values (:tenant, :kind, :days, :user, :now)""")
				.param("days", keepDays).param("user", user.userId()).param("now", Timestamp.from(Instant.now()))
				.param("tenant", user.tenant()).param("kind", kind.name())
				.update();
		}
		audit.record("UPDATE", "retention-rule", kind.name(), Map.of("keepDays", old), Map.of("keepDays", keepDays));
	}

}
