package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.security.CurrentUser;

/**
 * What HR and executives read about one cycle: how far people are, grades per org unit, the appeal log and —
 * only for readers who may see pay — the bonus totals per grade and per unit. Read-only, within the reader's
 * company; another company's cycle is not found.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalReports {

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final AppraisalStore store;

	AppraisalReports(AppraisalCycles cycles, AppraisalTemplates templates, AppraisalStore store) {
		this.cycles = cycles;
		this.templates = templates;
		this.store = store;
	}

	/** Where one appraisal stands, furthest step first. */
	public enum Status {

		NOT_STARTED, SELF_DONE, MANAGER_DONE, ACKNOWLEDGED;

		static Status of(AppraisalView appraisal) {
			if (appraisal.acknowledgedAt() != null) {
				return ACKNOWLEDGED;
			}
			if (appraisal.managerSubmitted()) {
				return MANAGER_DONE;
			}
			return appraisal.selfSubmitted() ? SELF_DONE : NOT_STARTED;
		}

	}

	/** How many of the cycle's appraisals have reached each step. */
	public record Progress(int total, int selfIn, int managerIn, int acknowledged, int openAppeals,
			Map<Status, Integer> statuses) {

		public int percent(int part) {
			return total == 0 ? 0 : (int) (100L * part / total);
		}

	}

	/** One appeal: who, the grade appealed, the reason and, once decided, the outcome and why. */
	public record Appeal(UUID appraisalId, String employeeName, String orgUnitName, String grade,
			AppraisalView.AppealState state, String reason, String decision) {
	}

	/** Variable pay as computed (after the pool, if any): per grade (best first), per unit, overall. */
	public record Bonus(Map<String, BigDecimal> byGrade, Map<String, BigDecimal> byUnit, BigDecimal total, int people) {
	}

	/** @param gradesPerUnit unit name → grade → how many people have it (every grade listed, best first) */
	public record Report(AppraisalCycle cycle, List<String> grades, Progress progress,
			Map<String, Map<String, Integer>> gradesPerUnit, List<Appeal> appeals, Bonus bonus) {
	}

	public Progress progress(CurrentUser user, UUID cycleId) {
		refuseUnlessAllSeeing(user);
		cycles.get(user.tenant(), cycleId);
		return progressOf(store.ofCycle(user.tenant(), cycleId));
	}

	public Report report(CurrentUser user, UUID cycleId) {
		refuseUnlessAllSeeing(user);
		AppraisalCycle cycle = cycles.get(user.tenant(), cycleId);
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		List<AppraisalView> all = store.ofCycle(user.tenant(), cycleId);
		Map<String, Map<String, Integer>> perUnit = new TreeMap<>();
		List<Appeal> appeals = new ArrayList<>();
		for (AppraisalView appraisal : all) {
			if (appraisal.grade() != null) {
				perUnit.computeIfAbsent(String.valueOf(appraisal.orgUnitName()), unit -> zeroCounts(template.grades()))
					.merge(appraisal.grade(), 1, Integer::sum);
			}
			if (appraisal.appealState() != null) {
				appeals.add(new Appeal(appraisal.id(), appraisal.employeeName(), appraisal.orgUnitName(),
						appraisal.grade(), appraisal.appealState(), appraisal.appealReason(), appraisal.appealDecision()));
			}
		}
		return new Report(cycle.shownTo(user), template.grades(), progressOf(all), perUnit, appeals,
				user.canSeePay() ? bonus(template.grades(), all) : null);
	}

	private static Bonus bonus(List<String> grades, List<AppraisalView> all) {
		Map<String, BigDecimal> byGrade = new LinkedHashMap<>();
		grades.forEach(grade -> byGrade.put(grade, BigDecimal.ZERO.setScale(2)));
		Map<String, BigDecimal> byUnit = new TreeMap<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		int people = 0;
		for (AppraisalView appraisal : all) {
			if (appraisal.payAmount() == null || appraisal.grade() == null) {
				continue;
			}
			byGrade.merge(appraisal.grade(), appraisal.payAmount(), BigDecimal::add);
			byUnit.merge(String.valueOf(appraisal.orgUnitName()), appraisal.payAmount(), BigDecimal::add);
			total = total.add(appraisal.payAmount());
			people++;
		}
		return new Bonus(byGrade, byUnit, total, people);
	}

	private static Progress progressOf(List<AppraisalView> all) {
		Map<Status, Integer> statuses = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			statuses.put(status, 0);
		}
		int self = 0;
		int manager = 0;
		int acknowledged = 0;
		int open = 0;
		for (AppraisalView appraisal : all) {
			statuses.merge(Status.of(appraisal), 1, Integer::sum);
			self += appraisal.selfSubmitted() ? 1 : 0;
			manager += appraisal.managerSubmitted() ? 1 : 0;
			acknowledged += appraisal.acknowledgedAt() != null ? 1 : 0;
			open += appraisal.appealState() == AppraisalView.AppealState.OPEN ? 1 : 0;
		}
		return new Progress(all.size(), self, manager, acknowledged, open, statuses);
	}

	private static Map<String, Integer> zeroCounts(List<String> grades) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		grades.forEach(grade -> counts.put(grade, 0));
		return counts;
	}

	private static void refuseUnlessAllSeeing(CurrentUser user) {
		if (!AppraisalAccess.seesAll(user)) {
			throw new AccessDeniedException("appraisal-web.reports.not-allowed");
		}
	}

}
