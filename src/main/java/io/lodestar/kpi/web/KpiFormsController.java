package io.lodestar.kpi.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalOwners;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodChoices;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.Scoring;
import io.lodestar.scoring.ScoringMethod;

/**
 * Decomposing a goal into KPIs (a unit KPI or a personal KPI contributing to it) and changing a KPI's
 * targets and scoring. Refused definitions come back with the scoring library's message next to the field.
 */
@Controller
class KpiFormsController {

	static final String SIGNED_IN = "isAuthenticated()";

	private final KpiManagement kpis;

	private final GoalManagement goals;

	private final GoalOwners owners;

	private final GoalAccess access;

	private final PeriodCalendar calendar;

	private final PeriodChoices periods;

	KpiFormsController(KpiManagement kpis, GoalManagement goals, GoalOwners owners, GoalAccess access,
			PeriodCalendar calendar, PeriodChoices periods) {
		this.kpis = kpis;
		this.goals = goals;
		this.owners = owners;
		this.access = access;
		this.calendar = calendar;
		this.periods = periods;
	}

	@GetMapping("/kpis/new")
	@PreAuthorize(SIGNED_IN)
	String newKpi(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID parent,
			@RequestParam(required = false) OwnerType ownerType, @RequestParam(required = false) UUID period,
			Model model) {
		NewKpiForm form = new NewKpiForm();
		GoalAccess.Scope scope = access.scopeOf(user);
		if (parent != null) {
			GoalView parentGoal = goals.get(user, parent);
			form.setParentId(parent);
			form.setPeriodId(parentGoal.period().id());
			if (parentGoal.kind() == GoalKind.KPI) {
				// a KPI decomposed into KPIs usually keeps its unit, direction and scoring: start from them
				form.fill(kpis.get(user, parent).config());
				form.setWeight(new java.math.BigDecimal("100"));
			}
		}
		else {
			form.setPeriodId(periods.select(user.tenant(), period, null).selected().id());
		}
		OwnerType preferred = ownerType != null ? ownerType
				: scope.setsPersonalGoals() && !scope.setsUnitGoals() ? OwnerType.EMPLOYEE : OwnerType.ORG_UNIT;
		// a manager who heads no unit is offered people only, a unit head without reports units only
		boolean offered = switch (preferred) {
			case COMPANY -> scope.canManage(OwnerType.COMPANY, null);
			case ORG_UNIT -> scope.setsUnitGoals();
			case EMPLOYEE -> scope.setsPersonalGoals();
		};
		form.setOwnerType(offered ? preferred : scope.setsPersonalGoals() ? OwnerType.EMPLOYEE : OwnerType.ORG_UNIT);
		model.addAttribute("form", form);
		return newPage(user, form, model);
	}

	@PostMapping("/kpis/new")
	@PreAuthorize(SIGNED_IN)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewKpiForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				KpiDetail created = kpis.create(user, form.toRequest());
				Notices.add(redirect, "kpi.page.created", created.goal().title());
				return "redirect:/goals?year=" + created.goal().period().fiscalYear() + "#goal-" + created.goal().id();
			}
			catch (BusinessRuleException violation) {
				if ("ownerId".equals(violation.field())) {
					result.rejectValue(form.ownerField(), violation.code(), violation.arguments(), violation.code());
				}
				else {
					FormErrors.reject(result, violation);
				}
			}
		}
		return newPage(user, form, model);
	}

	private String newPage(CurrentUser user, NewKpiForm form, Model model) {
		GoalView parent = form.getParentId() == null ? null : goals.get(user, form.getParentId());
		Period scope = parent != null ? parent.period()
				: form.getPeriodId() != null ? calendar.get(user.tenant(), form.getPeriodId())
						: periods.select(user.tenant(), null, null).selected();
		List<Period> choices = calendar.year(user.tenant(), scope.fiscalYear())
			.stream()
			.filter(candidate -> parent == null || parent.period().contains(candidate))
			.toList();
		model.addAttribute("parent", parent);
		model.addAttribute("periodOptions", choices.stream()
			.map(candidate -> new GoalOwners.Choice(candidate.id(), periods.label(candidate)))
			.toList());
		model.addAttribute("year", scope.fiscalYear());
		model.addAttribute("units", owners.units(user));
		model.addAttribute("employees", owners.employees(user));
		model.addAttribute("companyAllowed", access.scopeOf(user).canManage(OwnerType.COMPANY, null));
		return choices(model, "kpi/new");
	}

	@GetMapping("/kpis/{id}/configure")
	@PreAuthorize(SIGNED_IN)
	String configureForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		goals.requireManageable(user, id);
		KpiDetail kpi = kpis.get(user, id);
		KpiConfigForm form = new KpiConfigForm();
		form.fill(kpi.config());
		model.addAttribute("form", form);
		model.addAttribute("version", kpis.version(user, id));
		model.addAttribute("kpi", kpi);
		return choices(model, "kpi/configure");
	}

	@PostMapping("/kpis/{id}/configure")
	@PreAuthorize(SIGNED_IN)
	String configure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") KpiConfigForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		goals.requireManageable(user, id);
		KpiDetail kpi = kpis.get(user, id);
		if (!result.hasErrors()) {
			try {
				kpis.configure(user, id, form.toConfig(kpi.config().definitionId()), version);
				Notices.add(redirect, "kpi.page.configured", kpi.goal().title());
				return "redirect:/kpis/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("version", version);
		model.addAttribute("kpi", kpi);
		return choices(model, "kpi/configure");
	}

	/** The choices of the configuration fields, and which scoring methods fit which direction (for app.js). */
	private static String choices(Model model, String view) {
		model.addAttribute("directions", Direction.values());
		model.addAttribute("methods", ScoringMethod.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("frequencies", List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR));
		Map<ScoringMethod, String> directionsOf = new LinkedHashMap<>();
		for (ScoringMethod method : ScoringMethod.values()) {
			directionsOf.put(method, Arrays.stream(Direction.values())
				.filter(direction -> Scoring.methodsFor(direction).contains(method))
				.map(Direction::name)
				.collect(Collectors.joining(",")));
		}
		model.addAttribute("directionsOf", directionsOf);
		return view;
	}

}
