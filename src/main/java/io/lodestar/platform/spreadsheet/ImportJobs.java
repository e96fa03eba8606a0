package io.lodestar.platform.spreadsheet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import io.lodestar.platform.jobs.Heartbeats;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;

/**
 * Spreadsheet imports as background jobs: upload (the file is checked to be what it claims at once), check
 * every row, report every problem, wait for confirmation, import all or nothing. Jobs belong to a company
 * and only its HR and system administrators see them; another company's job id is "not found".
 */
@Service
public class ImportJobs {

	private final Map<String, SpreadsheetImporter> importers;

	private final ImportJobStore store;

	private final ImportJobRunner runner;

	private final Messages messages;

	private final Heartbeats heartbeats;

	ImportJobs(List<SpreadsheetImporter> importers, ImportJobStore store, ImportJobRunner runner, Messages messages,
			Heartbeats heartbeats) {
		this.importers = importers.stream().collect(Collectors.toMap(SpreadsheetImporter::kind, Function.identity()));
		this.store = store;
		this.runner = runner;
		this.messages = messages;
		this.heartbeats = heartbeats;
	}

	/** From the moment this node is up, it looks for jobs abandoned by dead nodes (itself before a restart). */
	@EventListener(ApplicationReadyEvent.class)
	void watchForAbandoned() {
		heartbeats.checkEvery("abandoned import jobs", this::failAbandoned);
	}

	/**
	 * Marks failed every running job whose heartbeat is stale: its node is gone, and its transaction with it, so
	 * nothing of it was written; HR uploads the file again. Returns how many this call marked.
	 */
	int failAbandoned() {
		Instant stale = heartbeats.staleBefore();
		int marked = 0;
		for (ImportJob job : store.abandoned(stale)) {
			if (store.failIfAbandoned(job.tenantId(), job.id(), stale, interruptedReport(job))) {
				marked++;
			}
		}
		return marked;
	}

	public boolean supports(String kind) {
		return importers.containsKey(kind);
	}

	/**
	 * Stores the upload and starts checking it in the background.
	 *
	 * @param applyWhenValid import right after a successful check (the API without {@code dryRun}); otherwise
	 * the job waits in READY for {@link #confirm}
	 * @throws BusinessRuleException (field {@code file}) if the file is empty or not what its name claims
	 */
	public ImportJob submit(CurrentUser user, String kind, String fileName, byte[] content, boolean applyWhenValid) {
		SpreadsheetImporter importer = importer(user, kind);
		try {
			SpreadsheetReader.sniff(fileName, content);
		}
		catch (SpreadsheetException refused) {
			throw BusinessRuleException.invalid(importer.messagePrefix() + ".file." + refused.reason().key(), "file",
					refused.arguments());
		}
		ImportJob job = new ImportJob(UUID.randomUUID(), user.tenant(), user.userId(), kind, safeName(fileName),
				ImportStatus.VALIDATING, 0, 0, ImportReport.empty(), Instant.now(), null);
		store.insert(job, content);
		runner.validate(job, user, importer, content, applyWhenValid);
		return job;
	}

	/**
	 * Starts importing a checked file. Confirming again (a double click, a retried request) returns the job
	 * without importing twice.
	 */
	public ImportJob confirm(CurrentUser user, UUID id) {
		ImportJob job = get(user, id);
		SpreadsheetImporter importer = importer(user, job.kind());
		if (job.status() == ImportStatus.READY
				&& store.transition(job.tenantId(), id, ImportStatus.READY, ImportStatus.IMPORTING)) {
			runner.apply(job, user, importer);
			return get(user, id);
		}
		ImportJob now = get(user, id);
		if (now.status() == ImportStatus.IMPORTING || now.status() == ImportStatus.DONE) {
			return now;
		}
		throw BusinessRuleException.conflict(importer.messagePrefix() + ".job.not-ready", null);
	}

	public ImportJob get(CurrentUser user, UUID id) {
		requireAdministrator(user);
		ImportJob job = store.find(user.tenant(), id).orElseThrow(() -> new NotFoundException("import", id));
		return abandoned(job) ? interrupted(job) : job;
	}

	public List<ImportJob> recent(CurrentUser user, int limit) {
		requireAdministrator(user);
		return store.recent(user.tenant(), limit)
			.stream()
			.map(job -> abandoned(job) ? interrupted(job) : job)
			.toList();
	}

	/**
	 * Waits (polling the job) until it is checked, or with {@code untilImported} until it is imported too, or
	 * the time is up; returns it as it then is.
	 */
	public ImportJob await(CurrentUser user, UUID id, Duration timeout, boolean untilImported) {
		long deadline = System.nanoTime() + timeout.toNanos();
		ImportJob job = get(user, id);
		while (!settled(job, untilImported) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return job;
			}
			job = get(user, id);
		}
		return job;
	}

	private static boolean settled(ImportJob job, boolean untilImported) {
		if (job.status().finished()) {
			return true;
		}
		return !untilImported && job.status() == ImportStatus.READY;
	}

	/** The reason of an issue in the current request's language. */
	public String describe(ImportIssue issue) {
		return describe(issue, LocaleContextHolder.getLocale());
	}

	public String describe(ImportIssue issue, Locale locale) {
		Object[] arguments = issue.arguments()
			.stream()
			.map(argument -> argument.startsWith(ImportIssue.MESSAGE_ARGUMENT)
					? messages.get(locale, argument.substring(ImportIssue.MESSAGE_ARGUMENT.length())) : argument)
			.toArray();
		return messages.get(locale, issue.code(), arguments);
	}

	private SpreadsheetImporter importer(CurrentUser user, String kind) {
		requireAdministrator(user);
		SpreadsheetImporter importer = Optional.ofNullable(importers.get(kind))
			.orElseThrow(() -> new NotFoundException("import", kind));
		if (!importer.mayImport(user)) {
			throw new AccessDeniedException("import " + kind);
		}
		return importer;
	}

	/** Possibly abandoned: running, but not here (the stale heartbeat is checked by the update itself). */
	private boolean abandoned(ImportJob job) {
		return job.status().running() && !runner.isActive(job.id());
	}

	/** The job as it is after marking it failed if its heartbeat is stale (a job of a live node is unchanged). */
	private ImportJob interrupted(ImportJob job) {
		store.failIfAbandoned(job.tenantId(), job.id(), heartbeats.staleBefore(), interruptedReport(job));
		return store.find(job.tenantId(), job.id()).orElseThrow();
	}

	private ImportReport interruptedReport(ImportJob job) {
		String prefix = importers.containsKey(job.kind()) ? importers.get(job.kind()).messagePrefix() : "platform";
		return ImportReport.failure(ImportIssue.general(prefix + ".job.interrupted"));
	}

	private static void requireAdministrator(CurrentUser user) {
		if (!user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("imports");
		}
	}

	/** Keeps only the file's own name (no path), without control characters, at most 255 characters. */
	static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

}
