package io.lodestar.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.PeopleExport;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.privacy.PrivacyProperties;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.spreadsheet.CsvWriter;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Bulk exports of personal data by approval (PIPL Art. 51): someone asks with a reason, an HR administrator
 * other than the requester approves, and the requester can download the file once within the window.
 * An HR administrator's own request is approved at once unless four-eyes exports are configured. Every
 * step is audited; the file is produced at download time, so it never sits on the server.
 */
@Service
@Transactional
public class ExportRequests {

	/** A produced export file. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	private static final String COLUMNS = """
			select id, kind, reason, requested_by, requester_name, requested_at, status, decider_name, decided_at,
			       expires_at, downloaded_at from privacy_export_request""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final PrivacyProperties properties;

	private final PeopleExport people;

	ExportRequests(JdbcClient jdbc, AuditTrail audit, PrivacyProperties properties, PeopleExport people) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
		this.people = people;
	}

	public ExportRequest request(CurrentUser user, ExportKind kind, String reason) {
		if (!user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE, Role.MANAGER, Role.PAY_VIEWER, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("privacy.export.not-allowed");
		}
		if (kind == null) {
			throw BusinessRuleException.invalid("privacy.export.kind-required", "kind");
		}
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw BusinessRuleException.invalid("privacy.export.reason-required", "reason");
		}
		boolean approved = user.has(Role.HR_ADMIN) && !properties.fourEyesExports();
		Instant now = Instant.now();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into privacy_export_request (id, tenant_id, kind, reason, requested_by, requester_name,
				    requested_at, status, decided_by, decider_name, decided_at, expires_at, version)
				values (:id, :tenant, :kind, :reason, :user, :name, :now, :status, :decidedBy, :decider, :decidedAt,
				    :expires, 0)""")
			.param("id", id).param("tenant", user.tenant()).param("kind", kind.name()).param("reason", reason.strip())
			.param("user", user.userId()).param("name", user.email()).param("now", Timestamp.from(now))
			.param("status", approved ? "APPROVED" : "PENDING")
			.param("decidedBy", approved ? user.userId() : null).param("decider", approved ? user.email() : null)
			.param("decidedAt", approved ? Timestamp.from(now) : null)
			.param("expires", approved ? Timestamp.from(now.plus(properties.exportDownloadWindow())) : null)
			.update();
		audit.record("REQUEST", "export-request", id, null, Map.of("kind", kind.name(), "reason", reason.strip(),
				"status", approved ? "APPROVED" : "PENDING"));
		return get(user, id);
	}

	@Transactional(readOnly = true)
	public List<ExportRequest> list(CurrentUser user) {
		boolean all = user.has(Role.HR_ADMIN);
		return jdbc.sql(COLUMNS + " where tenant_id = :tenant" + (all ? "" : " and requested_by = :user")
				+ " order by requested_at desc")
			.param("tenant", user.tenant()).param("user", user.userId())
			.query(ExportRequests::map).list();
	}

	/** One request: HR sees all of the company's, everyone else only their own (others are "not found"). */
	@Transactional(readOnly = true)
	public ExportRequest get(CurrentUser user, UUID id) {
		return jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = :id")
			.param("tenant", user.tenant()).param("id", id)
			.query(ExportRequests::map).optional()
			.filter(request -> user.has(Role.HR_ADMIN) || request.requestedBy().equals(user.userId()))
			.orElseThrow(() -> new NotFoundException("export-request", id));
	}

	public ExportRequest approve(CurrentUser user, UUID id) {
		return decide(user, id, true);
	}

	public ExportRequest reject(CurrentUser user, UUID id) {
		return decide(user, id, false);
	}

	private ExportRequest decide(CurrentUser user, UUID id, boolean approve) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("privacy.export.hr-only");
		}
		ExportRequest request = get(user, id);
		if (request.requestedBy().equals(user.userId())) {
			throw BusinessRuleException.conflict("privacy.export.own-request", null);
		}
		Instant now = Instant.now();
		int changed = jdbc.sql("""
				update privacy_export_request set status = :status, decided_by = :user, decider_name = :name,
				    decided_at = :now, expires_at = :expires, version = version + 1
				where tenant_id = :tenant and id = :id and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "REJECTED").param("user", user.userId())
			.param("name", user.email()).param("now", Timestamp.from(now))
			.param("expires", approve ? Timestamp.from(now.plus(properties.exportDownloadWindow())) : null)
			.param("tenant", user.tenant()).param("id", id)
			.update();
		if (changed == 0) {
			throw BusinessRuleException.conflict("privacy.export.already-decided", null);
		}
		audit.record(approve ? "APPROVE" : "REJECT", "export-request", id, Map.of("status", "PENDING"),
				Map.of("status", approve ? "APPROVED" : "REJECTED", "kind", request.kind().name()));
		return get(user, id);
	}

	/**
	 * The requester's one download. The request is marked downloaded in the same transaction that produces the
	 * file, and only if it is still approved and inside its window, so two clicks cannot both succeed.
	 */
	public Download download(CurrentUser user, UUID id, Locale locale) {
		ExportRequest request = get(user, id);
		if (!request.requestedBy().equals(user.userId())) {
			throw new NotFoundException("export-request", id);
		}
		Instant now = Instant.now();
		int claimed = jdbc.sql("""
				update privacy_export_request set status = 'DOWNLOADED', downloaded_at = :now, version = version + 1
				where tenant_id = :tenant and id = :id and requested_by = :user and status = 'APPROVED'
				  and expires_at > :now""")
			.param("now", Timestamp.from(now)).param("tenant", user.tenant()).param("id", id)
			.param("user", user.userId())
			.update();
		if (claimed == 0) {
			throw BusinessRuleException.conflict("privacy.export.not-downloadable", null);
		}
		Download file = switch (request.kind()) {
			case EMPLOYEE_DIRECTORY -> new Download(people.fileName(user, "employees", locale),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					people.employeesApproved(user, locale));
			case ATTENDANCE_PUNCHES -> new Download("attendance-punches.csv", "text/csv;charset=UTF-8", punches(user));
		};
		audit.record("DOWNLOAD", "export-request", id, null, Map.of("kind", request.kind().name(), "bytes",
				file.content().length));
		return file;
	}

	private byte[] punches(CurrentUser user) {
		List<List<Object>> rows = jdbc.sql("""
				select e.employee_no, e.name, p.pin, p.local_time, p.punched_at, p.status_code, p.verify_code
				from attendance_punch p
				left join attendance_pin_mapping m on m.tenant_id = p.tenant_id and m.pin = p.pin
				left join people_employee e on e.tenant_id = m.tenant_id and e.id = m.employee_id
				where p.tenant_id = :tenant order by p.punched_at""")
			.param("tenant", user.tenant())
			.query((row, number) -> List.<Object>of(text(row.getString(1)), text(row.getString(2)),
					row.getString(3), row.getString(4), row.getString(5), text(row.getString(6)),
					text(row.getString(7))))
			.list();
		return CsvWriter.write(List.of("employee_no", "name", "pin", "local_time", "punched_at", "status_code",
				"verify_code"), rows);
	}

	private static Object text(String value) {
		return value == null ? "" : value;
	}

	private static ExportRequest map(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		ExportRequest.Status status = ExportRequest.Status.valueOf(row.getString("status"));
		Instant expires = instant(row.getTimestamp("expires_at"));
		if (status == ExportRequest.Status.APPROVED && expires != null && !Instant.now().isBefore(expires)) {
			status = ExportRequest.Status.EXPIRED; // shown as expired; the download query checks the time itself
		}
		return new ExportRequest(row.getObject("id", UUID.class), ExportKind.valueOf(row.getString("kind")),
				row.getString("reason"), row.getObject("requested_by", UUID.class), row.getString("requester_name"),
				instant(row.getTimestamp("requested_at")), status,
				row.getString("decider_name"), instant(row.getTimestamp("decided_at")),
				expires, instant(row.getTimestamp("downloaded_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
