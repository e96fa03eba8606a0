package io.lodestar.attendance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Which employee a PIN is: HR's explicit mapping if there is one, else the employee whose number the PIN is
 * (exactly, or ignoring leading zeros, per company). A change of mapping queues the PIN's days for recomputing.
 */
@Service
@Transactional
public class PinMappings {

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final RecomputeQueue queue;

	private final AuditTrail audit;

	private final Clock clock;

	PinMappings(JdbcClient jdbc, PeopleDirectory people, RecomputeQueue queue, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.queue = queue;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PinMatch match(UUID tenant) {
		return jdbc.sql("select pin_match from attendance_settings where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(String.class)
			.optional()
			.map(PinMatch::valueOf)
			.orElse(PinMatch.EXACT);
	}

	public PinMatch configure(CurrentUser user, PinMatch match) {
		if (match == null) {
			throw BusinessRuleException.invalid("attendance.pins.match.required", "pinMatch");
		}
		PinMatch before = match(user.tenant());
		int updated = jdbc.sql("update attendance_settings set pin_match = :match where tenant_id = :tenant")
			.param("match", match.name())
			.param("tenant", user.tenant())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into attendance_settings (tenant_id, pin_match) values (:tenant, :match)")
				.param("match", match.name())
				.param("tenant", user.tenant())
				.update();
		}
		audit.record("UPDATE", "attendance-settings", user.tenant(), Map.of("pinMatch", before.name()),
				Map.of("pinMatch", match.name()));
		if (before != match) {
			queue.enqueueAllPins(user.tenant());
		}
		return match;
	}

	/** The employee a PIN is, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> employeeOf(UUID tenant, String pin) {
		Optional<UUID> mapped = jdbc.sql("select employee_id from attendance_pin_mapping where tenant_id = :tenant and pin = :pin")
			.param("tenant", tenant)
			.param("pin", pin)
			.query(UUID.class)
			.optional();
		if (mapped.isPresent()) {
			return mapped;
		}
		String condition = match(tenant) == PinMatch.EXACT ? "employee_no = :pin"
				: "trim(leading '0' from employee_no) = trim(leading '0' from :pin)";
		List<UUID> matches = jdbc.sql("select id from people_employee where tenant_id = :tenant and " + condition)
			.param("tenant", tenant)
			.param("pin", pin)
			.query(UUID.class)
			.list();
		// two numbers that differ only in leading zeros are ambiguous: HR maps such a PIN explicitly
		return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
	}

	/**
	 * The PINs whose punches are the employee's: mapped to them, or matching their number and not mapped to
	 * anyone else.
	 */
	@Transactional(readOnly = true)
	public List<String> pinsOf(UUID tenant, EmployeeSummary employee) {
		List<String> pins = new java.util.ArrayList<>(jdbc.sql(
				"select pin from attendance_pin_mapping where tenant_id = :tenant and employee_id = :employee")
			.param("tenant", tenant)
			.param("employee", employee.id())
			.query(String.class)
			.list());
		List<String> candidates = match(tenant).candidates(employee.employeeNo());
		java.util.Set<String> mappedElsewhere = new java.util.HashSet<>(jdbc.sql(
				"select pin from attendance_pin_mapping where tenant_id = :tenant and pin in (:pins)")
			.param("tenant", tenant)
			.param("pins", candidates)
			.query(String.class)
			.list());
		candidates.stream().filter(pin -> !mappedElsewhere.contains(pin)).forEach(pins::add);
		return pins;
	}

	@Transactional(readOnly = true)
	public List<PinMappingView> mappings(CurrentUser user) {
		return jdbc.sql("""
				select m.pin, m.employee_id, e.employee_no, e.name from attendance_pin_mapping m
				join people_employee e on e.tenant_id = m.tenant_id and e.id = m.employee_id
				where m.tenant_id = :tenant order by m.pin""")
			.param("tenant", user.tenant())
			.query((rs, row) -> new PinMappingView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** PINs with punches that match no employee, most recently seen first (at most 500). */
	@Transactional(readOnly = true)
	public List<UnmappedPin> unmapped(CurrentUser user) {
		String match = match(user.tenant()) == PinMatch.EXACT ? "e.employee_no = g.pin"
				: "trim(leading '0' from e.employee_no) = trim(leading '0' from g.pin)";
		return jdbc.sql("""
				select g.pin, g.punches, g.first_seen, g.last_seen,
				       (select max(u.name) from attendance_device_user u where u.tenant_id = :tenant and u.pin = g.pin) device_name
				from (select pin, count(*) punches, min(punched_at) first_seen, max(punched_at) last_seen
				      from attendance_punch where tenant_id = :tenant group by pin) g
				where not exists (select 1 from attendance_pin_mapping m where m.tenant_id = :tenant and m.pin = g.pin)
				  and not exists (select 1 from people_employee e where e.tenant_id = :tenant and""" + " " + match + """
				)
				order by g.last_seen desc, g.pin limit 500""")
			.param("tenant", user.tenant())
			.query((rs, row) -> new UnmappedPin(rs.getString(1), rs.getString(5), rs.getLong(2),
					DeviceRow.instant(rs, "first_seen"), DeviceRow.instant(rs, "last_seen")))
			.list();
	}

	/** Maps the PIN to the employee (by employee number); their punch days are computed again. */
	public PinMappingView map(CurrentUser user, String pin, String employeeNo) {
		String cleanPin = pin == null ? "" : pin.strip();
		if (!AttlogLine.PIN.matcher(cleanPin).matches()) {
			throw BusinessRuleException.invalid("attendance.command.pin.invalid", "pin");
		}
		if (employeeNo == null || employeeNo.isBlank()) {
			throw BusinessRuleException.invalid("attendance.pins.employee.required", "employeeNo");
		}
		EmployeeSummary employee = people.employeeByNumber(user.tenant(), employeeNo)
			.orElseThrow(() -> BusinessRuleException.invalid("attendance.pins.employee.unknown", "employeeNo",
					employeeNo.strip()));
		Optional<UUID> before = jdbc.sql("select employee_id from attendance_pin_mapping where tenant_id = :tenant and pin = :pin")
			.param("tenant", user.tenant())
			.param("pin", cleanPin)
			.query(UUID.class)
			.optional();
		jdbc.sql("delete from attendance_pin_mapping where tenant_id = :tenant and pin = :pin")
			.param("tenant", user.tenant())
			.param("pin", cleanPin)
			.update();
		jdbc.sql("insert into attendance_pin_mapping (tenant_id, pin, employee_id, mapped_at) values (:tenant, :pin, :employee, :now)")
			.param("tenant", user.tenant())
			.param("pin", cleanPin)
			.param("employee", employee.id())
			.param("now", UploadIngestion.utc(clock.instant()))
			.update();
		audit.record("attendance.pin.mapped", "attendance-pin", employee.id(),
				before.map(id -> Map.of("pin", cleanPin, "employeeId", id.toString())).orElse(null),
				Map.of("pin", cleanPin, "employeeId", employee.id().toString()));
		queue.enqueuePin(user.tenant(), cleanPin);
		return new PinMappingView(cleanPin, employee.id(), employee.employeeNo(), employee.name());
	}

	public void unmap(CurrentUser user, String pin) {
		UUID employee = jdbc.sql("select employee_id from attendance_pin_mapping where tenant_id = :tenant and pin = :pin")
			.param("tenant", user.tenant())
			.param("pin", pin)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("attendance-pin", pin));
		jdbc.sql("delete from attendance_pin_mapping where tenant_id = :tenant and pin = :pin")
			.param("tenant", user.tenant())
			.param("pin", pin)
			.update();
		audit.record("attendance.pin.unmapped", "attendance-pin", employee,
				Map.of("pin", pin, "employeeId", employee.toString()), null);
		queue.enqueuePin(user.tenant(), pin);
	}

}
