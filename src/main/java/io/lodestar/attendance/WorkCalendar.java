package io.lodestar.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * The company's work calendar: public holidays and make-up working days by date, with names. The official
 * mainland China list of a year can be imported in one step from {@code attendance/cn-<year>.csv}.
 */
@Service
@Transactional
public class WorkCalendar {

	static final Set<String> KINDS = Set.of("HOLIDAY", "WORKDAY");

	/** Years with an official list shipped in {@code attendance/cn-<year>.csv}. */
	public static final List<Integer> OFFICIAL_CN_YEARS = List.of(2026);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	WorkCalendar(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> year(CurrentUser user, int year) {
		return between(user.tenant(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	List<CalendarDay> between(UUID tenant, LocalDate from, LocalDate to) {
		return jdbc.sql("select work_day, kind, name from attendance_calendar_day where tenant_id = :tenant "
				+ "and work_day between :from and :to order by work_day")
			.param("tenant", tenant)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	Map<LocalDate, String> kinds(UUID tenant, LocalDate from, LocalDate to) {
		Map<LocalDate, String> kinds = new HashMap<>();
		between(tenant, from, to).forEach(day -> kinds.put(day.day(), day.kind()));
		return kinds;
	}

	/** Adds or renames a day (the same date again replaces it). */
	public CalendarDay save(CurrentUser user, LocalDate day, String kind, String name) {
		if (day == null) {
			throw BusinessRuleException.invalid("attendance.calendar.day.required", "day");
		}
		if (kind == null || !KINDS.contains(kind)) {
			throw BusinessRuleException.invalid("attendance.calendar.kind.invalid", "kind");
		}
		String clean = name == null ? "" : DeviceText.clean(name, 100);
		if (clean.isBlank()) {
			throw BusinessRuleException.invalid("attendance.calendar.name.required", "name");
		}
		write(user.tenant(), new CalendarDay(day, kind, clean));
		audit.record("attendance.calendar.saved", "attendance-calendar", user.tenant(), null,
				Map.of("day", day.toString(), "kind", kind, "name", clean));
		return new CalendarDay(day, kind, clean);
	}

	public void remove(CurrentUser user, LocalDate day) {
		int removed = jdbc.sql("delete from attendance_calendar_day where tenant_id = :tenant and work_day = :day")
			.param("tenant", user.tenant())
			.param("day", day)
			.update();
		if (removed == 0) {
			throw new NotFoundException("attendance-calendar-day", day);
		}
		audit.record("attendance.calendar.removed", "attendance-calendar", user.tenant(), Map.of("day", day.toString()),
				null);
	}

	/** Imports the official list of a year; days already there are replaced, so importing twice changes nothing. */
	public List<CalendarDay> importOfficial(CurrentUser user, int year) {
		if (!OFFICIAL_CN_YEARS.contains(year)) {
			throw BusinessRuleException.invalid("attendance.calendar.official.unknown", "year", year);
		}
		List<CalendarDay> days = official(year);
		days.forEach(day -> write(user.tenant(), day));
		audit.record("attendance.calendar.imported", "attendance-calendar", user.tenant(), null,
				Map.of("year", year, "days", days.size()));
		return days;
	}

	static List<CalendarDay> official(int year) {
		List<CalendarDay> days = new ArrayList<>();
		try (InputStream in = new ClassPathResource("attendance/cn-" + year + ".csv").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.strip().split(",", 3);
				days.add(new CalendarDay(LocalDate.parse(cells[0]), cells[1], cells[2]));
			}
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("Official calendar of " + year + " missing", unreadable);
		}
		return days;
	}

	private void write(UUID tenant, CalendarDay day) {
		jdbc.sql("delete from attendance_calendar_day where tenant_id = :tenant and work_day = :day")
			.param("tenant", tenant)
			.param("day", day.day())
			.update();
		jdbc.sql("insert into attendance_calendar_day (tenant_id, work_day, kind, name) values (:tenant, :day, :kind, :name)")
			.param("tenant", tenant)
			.param("day", day.day())
			.param("kind", day.kind())
			.param("name", day.name())
			.update();
	}

}
