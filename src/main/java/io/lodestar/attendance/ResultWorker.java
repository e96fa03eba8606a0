package io.lodestar.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.jobs.JobLocks;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Keeps day results and attendance KPIs current: works off the recompute queue (new punches, changed mappings)
 * employee by employee, recomputes every company's last days once a day, and a whole month when HR asks. Each
 * employee's days are one transaction; KPI values follow in their own, so a refused measurement never undoes
 * results.
 */
@Service
public class ResultWorker {

	private static final Logger log = LoggerFactory.getLogger(ResultWorker.class);

	/** Requests taken per pass of the queue. */
	static final int BATCH = 2000;

	private final RecomputeQueue queue;

	private final DailyResults results;

	private final PinMappings pins;

	private final AttendanceKpiFeed feed;

	private final MonthTotals totals;

	private final CompanyManagement companies;

	private final TransactionTemplate inTransaction;

	private final JobLocks jobs;

	ResultWorker(RecomputeQueue queue, DailyResults results, PinMappings pins, AttendanceKpiFeed feed,
			MonthTotals totals, CompanyManagement companies, PlatformTransactionManager transactions, JobLocks jobs) {
		this.jobs = jobs;
		this.queue = queue;
		this.results = results;
		this.pins = pins;
		this.feed = feed;
		this.totals = totals;
		this.companies = companies;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${lodestar.attendance.recompute-cron:*/20 * * * * *}")
	void everyFewSeconds() {
		// one node at a time: two would compute the same employees' days from the same queue
		jobs.runOnce("attendance:recompute", Duration.ofSeconds(5), Duration.ofMinutes(15), this::workOffQueue);
	}

	/** Computes what the queue asks for; returns how many requests were handled. */
	public int workOffQueue() {
		List<RecomputeQueue.Request> requests = inTransaction.execute(status -> queue.next(BATCH));
		Map<UUID, Map<UUID, List<RecomputeQueue.Request>>> byTenant = new LinkedHashMap<>();
		for (RecomputeQueue.Request request : requests) {
			employeeOf(request).ifPresent(employee -> byTenant.computeIfAbsent(request.tenant(), key -> new LinkedHashMap<>())
				.computeIfAbsent(employee, key -> new ArrayList<>())
				.add(request));
		}
		Set<RecomputeQueue.Request> failed = new HashSet<>();
		byTenant.forEach((tenant, employees) -> {
			Map<UUID, List<LocalDate>> changed = new LinkedHashMap<>();
			employees.forEach((employee, theirs) -> {
				try {
					List<LocalDate> days = inTransaction.execute(status -> results.recompute(tenant, employee,
							theirs.stream().map(RecomputeQueue.Request::day).distinct().toList()));
					if (!days.isEmpty()) {
						changed.put(employee, days);
					}
				}
				catch (RuntimeException error) {
					// left in the queue: the next pass tries again
					log.warn("Attendance results of employee {} not computed", employee, error);
					failed.addAll(theirs);
				}
			});
			feedKpis(tenant, changed);
		});
		// requests of unknown PINs are done too: mapping the PIN later queues its days again
		inTransaction.executeWithoutResult(
				status -> queue.done(requests.stream().filter(request -> !failed.contains(request)).toList()));
		return requests.size();
	}

	private Optional<UUID> employeeOf(RecomputeQueue.Request request) {
		if (request.subject().startsWith(RecomputeQueue.EMPLOYEE)) {
			return Optional.of(UUID.fromString(request.subject().substring(RecomputeQueue.EMPLOYEE.length())));
		}
		return pins.employeeOf(request.tenant(), request.subject().substring(RecomputeQueue.PIN.length()));
	}

	/** Yesterday and the day before for every company: a night shift's window closes the morning after. */
	@Scheduled(cron = "${lodestar.attendance.daily-cron:0 30 6 * * *}")
	void daily() {
		jobs.runOnce("attendance:daily", Duration.ofMinutes(10), Duration.ofHours(2), this::dailyForAll);
	}

	private void dailyForAll() {
		companies.all().forEach(company -> {
			try {
				daily(company.id());
			}
			catch (RuntimeException failed) {
				log.warn("Daily attendance results of company {} failed", company.id(), failed);
			}
		});
	}

	void daily(UUID company) {
		LocalDate today = companies.today(company);
		recompute(company, today.minusDays(2), today.minusDays(1));
	}

	/** HR recomputes a month of the whole company (e.g. after changing a schedule or the calendar). */
	public int recomputeMonth(CurrentUser user, YearMonth month) {
		if (month == null) {
			throw BusinessRuleException.invalid("attendance.recompute.month.required", "month");
		}
		LocalDate today = companies.today(user.tenant());
		if (month.isAfter(YearMonth.from(today))) {
			throw BusinessRuleException.invalid("attendance.recompute.month.future", "month");
		}
		LocalDate last = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		return recompute(user.tenant(), month.atDay(1), last);
	}

	/** @return how many employees' results changed */
	int recompute(UUID tenant, LocalDate from, LocalDate to) {
		List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
		Map<UUID, List<LocalDate>> changed = new LinkedHashMap<>();
		for (UUID employee : totals.active(tenant)) {
			List<LocalDate> changedDays = inTransaction.execute(status -> results.recompute(tenant, employee, days));
			if (!changedDays.isEmpty()) {
				changed.put(employee, changedDays);
			}
		}
		Set<YearMonth> months = new HashSet<>();
		days.forEach(day -> months.add(YearMonth.from(day)));
		try {
			inTransaction.executeWithoutResult(status -> feed.refreshAll(tenant, months));
		}
		catch (RuntimeException failed) {
			log.warn("Attendance KPIs of company {} not recorded", tenant, failed);
		}
		return changed.size();
	}

	private void feedKpis(UUID tenant, Map<UUID, List<LocalDate>> changed) {
		if (changed.isEmpty()) {
			return;
		}
		Set<YearMonth> months = new HashSet<>();
		changed.values().forEach(days -> days.forEach(day -> months.add(YearMonth.from(day))));
		try {
			inTransaction.executeWithoutResult(status -> feed.refresh(tenant, changed.keySet(), months));
		}
		catch (RuntimeException failed) {
			log.warn("Attendance KPIs of company {} not recorded", tenant, failed);
		}
	}

}
