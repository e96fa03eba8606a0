package io.lodestar.attendance;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;

/**
 * HR imports punch files exported from devices or attendance software ({@link PunchFile}). Every row is checked
 * first and every problem reported with its row and column; nothing is stored unless the whole file is good, and
 * then everything is stored in one transaction. Punches go under the chosen device (so a USB export of a device
 * merges with what it pushed) or under the company's FILE source, exactly once: importing the same file again
 * changes nothing.
 */
@Service
public class PunchImport {

	private final PunchWriter writer;

	private final PunchSources sources;

	private final DeviceRegistry registry;

	private final CompanyManagement companies;

	private final AuditTrail audit;

	private final Messages messages;

	private final Clock clock;

	PunchImport(PunchWriter writer, PunchSources sources, DeviceRegistry registry, CompanyManagement companies,
			AuditTrail audit, Messages messages, Clock clock) {
		this.writer = writer;
		this.sources = sources;
		this.registry = registry;
		this.companies = companies;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The zone local times are read in when the uploader names none. */
	public ZoneId defaultZone(CurrentUser user) {
		return companies.zoneOf(user.tenant());
	}

	/**
	 * @param zone a time zone ({@code Asia/Shanghai}) or UTC offset ({@code +08:00}); blank: the company's
	 * @param deviceId the company's device the file came from, or null for the company's file source
	 * @param checkOnly check every row and report, store nothing
	 * @throws PunchFileRejectedException with every problem, when any row is bad (nothing stored)
	 */
	@Transactional
	public ImportedPunches importFile(CurrentUser user, String fileName, byte[] content, String zone, UUID deviceId,
			boolean checkOnly) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("import punches");
		}
		ZoneId chosen = zone(user, zone);
		UUID source = deviceId == null ? null : registry.device(user, deviceId).id();
		Instant now = clock.instant();
		PunchFile.Parsed parsed = PunchFile.parse(fileName, content, chosen, now, List.of(
				messages.get(PunchFile.PREFIX + ".column.pin"), messages.get(PunchFile.PREFIX + ".column.time"),
				messages.get(PunchFile.PREFIX + ".column.status"), messages.get(PunchFile.PREFIX + ".column.verify"),
				messages.get(PunchFile.PREFIX + ".column.fields")));
		if (!parsed.issues().isEmpty()) {
			throw new PunchFileRejectedException(sorted(parsed.issues()));
		}
		String format = parsed.format().name();
		if (checkOnly) {
			Optional<UUID> existing = source != null ? Optional.of(source)
					: sources.find(user.tenant(), PunchSources.Kind.FILE);
			Map<String, NewPunch> distinct = new LinkedHashMap<>();
			parsed.punches().forEach(punch -> distinct.putIfAbsent(punch.key(), punch));
			int stored = existing.map(id -> sources.alreadyStored(user.tenant(), id, List.copyOf(distinct.values())))
				.orElse(0);
			return new ImportedPunches(format, parsed.rows(), distinct.size() - stored,
					parsed.punches().size() - distinct.size() + stored, chosen.getId(), true);
		}
		UUID target = source != null ? source : sources.of(user.tenant(), PunchSources.Kind.FILE);
		PunchWriter.Written written = writer.write(user.tenant(), target, parsed.punches(), now);
		sources.count(user.tenant(), target, written.stored(), written.duplicates(), 0, written.latest());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("fileName", AttlogLine.truncate(DeviceText.clean(fileName, 255), 255));
		summary.put("format", format);
		summary.put("zone", chosen.getId());
		summary.put("rows", parsed.rows());
		summary.put("stored", written.stored());
		summary.put("duplicates", written.duplicates());
		audit.record("attendance.punches.imported", DeviceRegistry.ENTITY, target, null, summary);
		return new ImportedPunches(format, parsed.rows(), written.stored(), written.duplicates(), chosen.getId(),
				false);
	}

	/** A problem's reason in the current request's language (column names in arguments resolved too). */
	public String describe(ImportIssue issue) {
		Object[] arguments = issue.arguments()
			.stream()
			.map(argument -> argument.startsWith(ImportIssue.MESSAGE_ARGUMENT)
					? messages.get(argument.substring(ImportIssue.MESSAGE_ARGUMENT.length())) : argument)
			.toArray();
		return messages.get(issue.code(), arguments);
	}

	private ZoneId zone(CurrentUser user, String zone) {
		if (zone == null || zone.isBlank()) {
			return defaultZone(user);
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException invalid) {
			throw BusinessRuleException.invalid("attendance.import.zone.invalid", "zone");
		}
	}

	/** In file order, whole-file problems first, as the user works through the file top to bottom. */
	private static List<ImportIssue> sorted(List<ImportIssue> issues) {
		return issues.stream()
			.sorted(java.util.Comparator.comparing(ImportIssue::row,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
			.toList();
	}

}
