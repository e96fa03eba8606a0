package io.lodestar.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduling state of connectors and the record of their runs. Each statement here commits on its own
 * (no surrounding transaction): a claim must be visible to other nodes at once, and a run's record must survive
 * the failure of the run.
 */
@Component
class ConnectorRuns {

	/** A claim older than this belongs to a node that died mid-run and may be taken over. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(15);

	static final int MAX_PROBLEMS = 100;

	private static final String SELECT = """
			select id, connector_id, run_trigger, started_at, finished_at, status, rows_read, recorded, unchanged,
			       skipped, error_code, error_detail, problems
			from integration_connector_run
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ConnectorRuns(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Takes the connector for one run: succeeds for exactly one caller (on any node) while nobody holds it, or
	 * when the holder's claim is older than {@link #STALE_CLAIM}.
	 */
	boolean claim(UUID tenant, UUID connectorId, Instant now) {
		return jdbc.sql("""
				update integration_connector set running_since = :now
				where tenant_id = :tenant and id = :id and (running_since is null or running_since < :stale)
				""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(STALE_CLAIM)))
			.param("tenant", tenant)
			.param("id", connectorId)
			.update() == 1;
	}

	/** Ends the claim and sets when the scheduler runs the connector next. */
	void release(UUID tenant, UUID connectorId, Instant nextRunAt) {
		jdbc.sql("update integration_connector set running_since = null, next_run_at = :next "
				+ "where tenant_id = :tenant and id = :id")
			.param("next", nextRunAt == null ? null : Timestamp.from(nextRunAt))
			.param("tenant", tenant)
			.param("id", connectorId)
			.update();
	}

	/** After the configuration changed: the schedule may have moved. Leaves a running claim alone. */
	void reschedule(UUID tenant, UUID connectorId, Instant nextRunAt) {
		jdbc.sql("update integration_connector set next_run_at = :next where tenant_id = :tenant and id = :id")
			.param("next", nextRunAt == null ? null : Timestamp.from(nextRunAt))
			.param("tenant", tenant)
			.param("id", connectorId)
			.update();
	}

	/**
	 * Enabled connectors whose time has come, in every company, oldest first. This is the one query that looks
	 * across companies: it only finds what is due; each run then works inside its own company.
	 */
	List<Due> due(Instant now, int limit) {
		return jdbc.sql("""
				select tenant_id, id from integration_connector
				where enabled = true and next_run_at is not null and next_run_at <= :now
				  and (running_since is null or running_since < :stale)
				order by next_run_at
				""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(STALE_CLAIM)))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	record Due(UUID tenant, UUID connectorId) {
	}

	record State(Instant nextRunAt, Instant runningSince) {
	}

	Map<UUID, State> states(UUID tenant, Collection<UUID> connectorIds) {
		Map<UUID, State> states = new HashMap<>();
		if (connectorIds.isEmpty()) {
			return states;
		}
		jdbc.sql("select id, next_run_at, running_since from integration_connector where tenant_id = :tenant "
				+ "and id in (:ids)")
			.param("tenant", tenant)
			.param("ids", List.copyOf(connectorIds))
			.query(rs -> {
				states.put(rs.getObject(1, UUID.class), new State(instant(rs, 2), instant(rs, 3)));
			});
		return states;
	}

	UUID start(UUID tenant, UUID connectorId, RunTrigger trigger, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into integration_connector_run (id, tenant_id, connector_id, run_trigger, started_at, status,
				    rows_read, recorded, unchanged, skipped)
				values (:id, :tenant, :connector, :trigger, :now, 'RUNNING', 0, 0, 0, 0)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("connector", connectorId)
			.param("trigger", trigger.name())
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	void finish(UUID tenant, UUID runId, RunOutcome outcome, Instant now) {
		List<RunProblem> problems = outcome.problems().stream().limit(MAX_PROBLEMS).toList();
		String problemJson = problems.isEmpty() ? null : json.writeValueAsString(problems);
		while (problemJson != null && problemJson.length() > 8000) {
			problems = problems.subList(0, problems.size() / 2);
			problemJson = json.writeValueAsString(problems);
		}
		jdbc.sql("""
				update integration_connector_run set finished_at = :now, status = :status, rows_read = :rows,
				    recorded = :recorded, unchanged = :unchanged, skipped = :skipped, error_code = :errorCode,
				    error_detail = :errorDetail, problems = :problems
				where tenant_id = :tenant and id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("status", outcome.status().name())
			.param("rows", outcome.rowsRead())
			.param("recorded", outcome.recorded())
			.param("unchanged", outcome.unchanged())
			.param("skipped", outcome.skipped())
			.param("errorCode", outcome.errorCode())
			.param("errorDetail", outcome.errorDetail())
			.param("problems", problemJson)
			.param("tenant", tenant)
			.param("id", runId)
			.update();
	}

	RunView get(UUID tenant, UUID runId) {
		return jdbc.sql(SELECT + " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", runId)
			.query(this::view)
			.single();
	}

	PageResult<RunView> of(UUID tenant, UUID connectorId, PageQuery page) {
		long total = jdbc.sql("select count(*) from integration_connector_run where tenant_id = :tenant "
				+ "and connector_id = :connector")
			.param("tenant", tenant)
			.param("connector", connectorId)
			.query(Long.class)
			.single();
		List<RunView> items = jdbc.sql(SELECT + " where tenant_id = :tenant and connector_id = :connector "
				+ "order by started_at desc, id limit :limit offset :offset")
			.param("tenant", tenant)
			.param("connector", connectorId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::view)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** The latest run of each connector. */
	Map<UUID, RunView> latest(UUID tenant, Collection<UUID> connectorIds) {
		Map<UUID, RunView> latest = new HashMap<>();
		if (connectorIds.isEmpty()) {
			return latest;
		}
		jdbc.sql(SELECT + """
				 r where r.tenant_id = :tenant and r.connector_id in (:ids) and r.started_at = (
				    select max(l.started_at) from integration_connector_run l
				    where l.tenant_id = r.tenant_id and l.connector_id = r.connector_id)
				""")
			.param("tenant", tenant)
			.param("ids", List.copyOf(connectorIds))
			.query(this::view)
			.list()
			.forEach(run -> latest.put(run.connectorId(), run));
		return latest;
	}

	private RunView view(ResultSet rs, int row) throws SQLException {
		String problems = rs.getString("problems");
		return new RunView(rs.getObject("id", UUID.class), rs.getObject("connector_id", UUID.class),
				RunTrigger.valueOf(rs.getString("run_trigger")), instant(rs, "started_at"), instant(rs, "finished_at"),
				RunStatus.valueOf(rs.getString("status")), rs.getInt("rows_read"), rs.getInt("recorded"),
				rs.getInt("unchanged"), rs.getInt("skipped"), rs.getString("error_code"), rs.getString("error_detail"),
				problems == null ? List.of() : json.readValue(problems, new TypeReference<List<RunProblem>>() {
				}));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
