package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodChoices;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.scoring.Scoring;

/**
 * "My goals": the signed-in person's KPIs of a period (the current fiscal year unless another is chosen)
 * with their completions and the weighted score, warning while the weights do not add up to 100 %.
 * Managers also see their team: every report's KPIs and score.
 */
@Controller
class MyGoalsController {

	private final GoalManagement goals;

	private final KpiManagement kpis;

	private final GoalAccess access;

	private final PeriodChoices periods;

	private final KpiWording wording;

	MyGoalsController(GoalManagement goals, KpiManagement kpis, GoalAccess access, PeriodChoices periods,
			KpiWording wording) {
		this.goals = goals;
		this.kpis = kpis;
		this.access = access;
		this.periods = periods;
		this.wording = wording;
	}

	/**
	 * One person's scorecard.
	 *
	 * @param score the weighted completion (weights normalised), null before any data
	 * @param weightSum the sum of the KPI weights (should be 100)
	 */
	record Scorecard(UUID employeeId, String name, List<KpiDetail> kpis, BigDecimal score, BigDecimal weightSum,
			boolean weightsComplete) {

		static Scorecard of(UUID employeeId, String name, List<KpiDetail> kpis) {
			Scoring.WeightedScore weighted = Scoring.weighted(kpis.stream()
				.map(kpi -> new Scoring.Weighted(kpi.config().weight(), kpi.overall().completion()))
				.toList());
			return new Scorecard(employeeId, name, kpis, weighted.score(),
					new BigDecimal(weighted.weightSum().stripTrailingZeros().toPlainString()), weighted.weightsComplete());
		}

		/** The weights as a share of their sum, in percent, for "weights normalised" next to each KPI. */
		public BigDecimal shareOf(KpiDetail kpi) {
			if (weightSum.signum() == 0) {
				return null;
			}
			return kpi.config().weight().multiply(BigDecimal.valueOf(100))
				.divide(weightSum, 1, java.math.RoundingMode.HALF_UP);
		}

	}

	@GetMapping("/my/goals")
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	String myGoals(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID period,
			@RequestParam(required = false) Integer year, Model model) {
		PeriodChoices.Selection selection = periods.select(user.tenant(), period, year);
		UUID periodId = selection.selected().id();
		model.addAttribute("selection", selection);
		model.addAttribute("wording", wording);
		if (user.employeeId() != null) {
			List<GoalView> mine = goals.list(user,
					new GoalFilter(periodId, OwnerType.EMPLOYEE, user.employeeId(), Set.of(GoalKind.KPI), false));
			model.addAttribute("mine", Scorecard.of(user.employeeId(), user.displayName(), kpis.details(user, mine)));
		}
		Set<UUID> reports = access.scopeOf(user).reports();
		if (!reports.isEmpty()) {
			List<GoalView> theirs = goals.list(user,
					new GoalFilter(periodId, OwnerType.EMPLOYEE, null, Set.of(GoalKind.KPI), false))
				.stream()
				.filter(goal -> reports.contains(goal.ownerId()))
				.toList();
			Map<UUID, List<KpiDetail>> byPerson = new LinkedHashMap<>();
			Map<UUID, String> names = new LinkedHashMap<>();
			for (KpiDetail kpi : kpis.details(user, theirs)) {
				byPerson.computeIfAbsent(kpi.goal().ownerId(), owner -> new ArrayList<>()).add(kpi);
				names.put(kpi.goal().ownerId(), kpi.goal().ownerName());
			}
			List<Scorecard> team = byPerson.entrySet()
				.stream()
				.map(entry -> Scorecard.of(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
				.sorted(Comparator.comparing(Scorecard::name, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			model.addAttribute("team", team);
		}
		return "kpi/my-goals";
	}

}
