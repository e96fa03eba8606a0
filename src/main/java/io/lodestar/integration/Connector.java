package io.lodestar.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A connector's configuration. Scheduling state ({@code next_run_at}, {@code running_since}) is not part of the
 * aggregate: the scheduler changes it with single atomic updates, and saving the configuration never
 * overwrites it.
 */
@Table("integration_connector")
class Connector {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private String name;

	private String jdbcUrl;

	@Column("db_user")
	private String username;

	private String passwordSecret;

	@Column("query_sql")
	private String query;

	private ConnectorMode mode;

	private UUID kpiId;

	private UUID definitionId;

	private UUID kpiPeriodId;

	private ValuePeriod valuePeriod;

	private LocalDate fixedMonth;

	private Schedule schedule;

	private Integer runHour;

	private Integer runWeekday;

	private Integer runDay;

	private boolean enabled;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Connector(UUID id, UUID tenantId, String name, String jdbcUrl, String username, String passwordSecret, String query,
			ConnectorMode mode, UUID kpiId, UUID definitionId, UUID kpiPeriodId, ValuePeriod valuePeriod,
			LocalDate fixedMonth, Schedule schedule, Integer runHour, Integer runWeekday, Integer runDay,
			boolean enabled, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.passwordSecret = passwordSecret;
		this.query = query;
		this.mode = mode;
		this.kpiId = kpiId;
		this.definitionId = definitionId;
		this.kpiPeriodId = kpiPeriodId;
		this.valuePeriod = valuePeriod;
		this.fixedMonth = fixedMonth;
		this.schedule = schedule;
		this.runHour = runHour;
		this.runWeekday = runWeekday;
		this.runDay = runDay;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Connector create(UUID tenantId, Instant now) {
		return new Connector(UUID.randomUUID(), tenantId, null, null, null, null, null, null, null, null, null, null,
				null, Schedule.MANUAL, null, null, null, false, now, now, null);
	}

	/** Takes the checked request; the password is sealed by the caller (null keeps the stored one). */
	void change(ConnectorRequest request, String sealedPassword, Instant now) {
		this.name = request.name().strip();
		this.jdbcUrl = request.jdbcUrl().strip();
		this.username = blankToNull(request.username());
		if (sealedPassword != null) {
			this.passwordSecret = sealedPassword;
		}
		this.query = request.query().strip();
		this.mode = request.mode();
		boolean single = mode == ConnectorMode.SINGLE_VALUE;
		this.kpiId = single ? request.kpiId() : null;
		this.definitionId = single ? null : request.definitionId();
		this.kpiPeriodId = single ? null : request.kpiPeriodId();
		this.valuePeriod = request.valuePeriod() == null ? ValuePeriod.CURRENT_MONTH : request.valuePeriod();
		this.fixedMonth = valuePeriod == ValuePeriod.FIXED_MONTH ? request.fixedMonth().atDay(1) : null;
		this.schedule = request.schedule() == null ? Schedule.MANUAL : request.schedule();
		boolean atHour = schedule == Schedule.DAILY || schedule == Schedule.WEEKLY || schedule == Schedule.MONTHLY;
		this.runHour = atHour ? request.hour() : null;
		this.runWeekday = schedule == Schedule.WEEKLY ? request.weekday() : null;
		this.runDay = schedule == Schedule.MONTHLY ? request.dayOfMonth() : null;
		this.enabled = request.enabled();
		this.updatedAt = now;
	}

	/** The next time the schedule is due after {@code after}; null when it never runs by itself. */
	Instant nextRunAfter(Instant after, java.time.ZoneId zone) {
		return enabled ? schedule.next(after, zone, runHour, runWeekday, runDay) : null;
	}

	/** What the audit trail keeps: never the password, only whether it is set. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		state.put("jdbcUrl", jdbcUrl);
		state.put("username", username);
		state.put("passwordSet", passwordSecret != null);
		state.put("query", query);
		state.put("mode", mode == null ? null : mode.name());
		state.put("kpiId", kpiId == null ? null : kpiId.toString());
		state.put("definitionId", definitionId == null ? null : definitionId.toString());
		state.put("kpiPeriodId", kpiPeriodId == null ? null : kpiPeriodId.toString());
		state.put("valuePeriod", valuePeriod == null ? null : valuePeriod.name());
		state.put("fixedMonth", fixedMonth == null ? null : YearMonth.from(fixedMonth).toString());
		state.put("schedule", schedule.name());
		state.put("hour", runHour);
		state.put("weekday", runWeekday);
		state.put("dayOfMonth", runDay);
		state.put("enabled", enabled);
		return state;
	}

	/** The associated data that binds the sealed password to this row. */
	String secretContext() {
		return tenantId + "/" + id;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID id() {
		return id;
	}

	UUID tenantId() {
		return tenantId;
	}

	String name() {
		return name;
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	String username() {
		return username;
	}

	String passwordSecret() {
		return passwordSecret;
	}

	String query() {
		return query;
	}

	ConnectorMode mode() {
		return mode;
	}

	UUID kpiId() {
		return kpiId;
	}

	UUID definitionId() {
		return definitionId;
	}

	UUID kpiPeriodId() {
		return kpiPeriodId;
	}

	ValuePeriod valuePeriod() {
		return valuePeriod;
	}

	YearMonth fixedMonth() {
		return fixedMonth == null ? null : YearMonth.from(fixedMonth);
	}

	Schedule schedule() {
		return schedule;
	}

	Integer runHour() {
		return runHour;
	}

	Integer runWeekday() {
		return runWeekday;
	}

	Integer runDay() {
		return runDay;
	}

	boolean enabled() {
		return enabled;
	}

	Long version() {
		return version;
	}

}
