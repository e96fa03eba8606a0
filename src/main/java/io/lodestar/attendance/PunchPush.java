package io.lodestar.attendance;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.IndexedProblem;

/**
 * Punches pushed over the REST API by other systems (access control, a vendor's attendance cloud, a migration
 * script). They are stored under the company's API source, exactly once per (PIN, local time): sending a batch
 * again changes nothing and reports the items as duplicates. Every item is checked first; one bad item refuses
 * the whole batch unless the caller asked for partial acceptance.
 */
@Service
public class PunchPush {

	/** A batch bigger than this is refused whole: it keeps one request's work and transaction bounded. */
	public static final int MAX_ITEMS = 5000;

	private final PunchWriter writer;

	private final PunchSources sources;

	private final CompanyManagement companies;

	private final AuditTrail audit;

	private final Clock clock;

	PunchPush(PunchWriter writer, PunchSources sources, CompanyManagement companies, AuditTrail audit, Clock clock) {
		this.writer = writer;
		this.sources = sources;
		this.companies = companies;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public PushedPunches push(CurrentUser user, List<PunchItem> items, boolean partial) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("push punches");
		}
		Instant now = clock.instant();
		ZoneId companyZone = companies.zoneOf(user.tenant());
		List<NewPunch> punches = new ArrayList<>();
		List<IndexedProblem> problems = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			PunchItem item = items.get(index);
			int before = problems.size();
			NewPunch punch = check(index, item, companyZone, now, problems);
			if (punch != null && problems.size() == before) {
				punches.add(punch);
			}
		}
		if (!problems.isEmpty() && !partial) {
			throw new PunchBatchRejectedException(problems);
		}
		UUID source = sources.of(user.tenant(), PunchSources.Kind.API);
		PunchWriter.Written written = writer.write(user.tenant(), source, punches, now);
		sources.count(user.tenant(), source, written.stored(), written.duplicates(), 0, written.latest());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("received", items.size());
		summary.put("stored", written.stored());
		summary.put("duplicates", written.duplicates());
		summary.put("refused", problems.stream().map(IndexedProblem::index).distinct().count());
		audit.record("attendance.punches.pushed", DeviceRegistry.ENTITY, source, null, summary);
		return new PushedPunches(items.size(), written.stored(), written.duplicates(), problems);
	}

	/** The item as a punch, or null with its problems added (by index and field). */
	private static NewPunch check(int index, PunchItem item, ZoneId companyZone, Instant now,
			List<IndexedProblem> problems) {
		if (item == null) {
			problems.add(problem(index, "pin", "attendance.push.pin.required"));
			problems.add(problem(index, "localTime", "attendance.push.time.required"));
			return null;
		}
		String pin = item.pin() == null ? "" : item.pin().strip();
		if (pin.isEmpty()) {
			problems.add(problem(index, "pin", "attendance.push.pin.required"));
		}
		else if (!AttlogLine.PIN.matcher(pin).matches()) {
			problems.add(problem(index, "pin", "attendance.push.pin.invalid"));
		}
		LocalDateTime local = item.localTime();
		ZoneOffset offset = offset(index, item, companyZone, problems);
		if (local == null) {
			problems.add(problem(index, "localTime", "attendance.push.time.required"));
		}
		else if (local.isBefore(AttlogLine.EARLIEST)) {
			problems.add(problem(index, "localTime", "attendance.push.time.too-old"));
		}
		else if (offset != null && local.toInstant(offset).isAfter(now.plusSeconds(AttlogLine.FUTURE_SECONDS))) {
			problems.add(problem(index, "localTime", "attendance.push.time.future"));
		}
		code(index, "status", item.status(), problems);
		code(index, "verify", item.verify(), problems);
		if (item.workCode() != null && item.workCode().length() > 24) {
			problems.add(problem(index, "workCode", "attendance.push.work-code.too-long"));
		}
		if (item.sourceRef() != null && item.sourceRef().length() > 100) {
			problems.add(problem(index, "sourceRef", "attendance.push.source-ref.too-long"));
		}
		if (local == null || offset == null) {
			return null;
		}
		String workCode = item.workCode() == null || item.workCode().isBlank() ? null : item.workCode().strip();
		String raw = pin + "\t" + local.toString().replace('T', ' ') + "\t" + UtcOffsets.format(offset);
		return new NewPunch(pin, local, offset, item.status(), item.verify(), workCode, raw,
				item.sourceRef() == null || item.sourceRef().isBlank() ? null : DeviceText.clean(item.sourceRef(), 100));
	}

	private static ZoneOffset offset(int index, PunchItem item, ZoneId companyZone, List<IndexedProblem> problems) {
		if (item.utcOffset() != null && !item.utcOffset().isBlank()) {
			try {
				return UtcOffsets.parse(item.utcOffset(), "utcOffset");
			}
			catch (RuntimeException invalid) {
				problems.add(problem(index, "utcOffset", "attendance.push.offset.invalid"));
				return null;
			}
		}
		ZoneId zone = companyZone;
		if (item.timeZone() != null && !item.timeZone().isBlank()) {
			try {
				zone = ZoneId.of(item.timeZone().strip());
			}
			catch (DateTimeException invalid) {
				problems.add(problem(index, "timeZone", "attendance.push.zone.invalid"));
				return null;
			}
		}
		// the offset in force at that wall-clock time (a gap or overlap at a DST change takes the earlier one)
		return item.localTime() == null ? null : zone.getRules().getOffset(item.localTime());
	}

	private static void code(int index, String field, Integer value, List<IndexedProblem> problems) {
		if (value != null && (value < 0 || value > 999)) {
			problems.add(problem(index, field, "attendance.push.code.invalid"));
		}
	}

	private static IndexedProblem problem(int index, String field, String code) {
		return new IndexedProblem(index, field, code, List.of());
	}

}
