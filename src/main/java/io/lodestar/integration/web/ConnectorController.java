package io.lodestar.integration.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.integration.ConnectorMode;
import io.lodestar.integration.ConnectorView;
import io.lodestar.integration.Connectors;
import io.lodestar.integration.RunStatus;
import io.lodestar.integration.RunView;
import io.lodestar.integration.Schedule;
import io.lodestar.integration.ValuePeriod;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;

/**
 * HR administrators' pages for SQL pull connectors: the list with each one's schedule and last run, the form
 * (the password is write-only: blank keeps it), the connector with its run history, "test connection" and
 * "run now".
 */
@Controller
class ConnectorController {

	static final String HR = "hasRole('HR_ADMIN')";

	private final Connectors connectors;

	private final GoalManagement goals;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final Messages messages;

	ConnectorController(Connectors connectors, GoalManagement goals, PeriodCalendar calendar,
			CompanyManagement companies, Messages messages) {
		this.connectors = connectors;
		this.goals = goals;
		this.calendar = calendar;
		this.companies = companies;
		this.messages = messages;
	}

	/** An option of a picker. */
	record Choice(UUID id, String name) {
	}

	@GetMapping("/admin/connectors")
	@PreAuthorize(HR)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("connectors", connectors.all(user));
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "integration/connectors";
	}

	@GetMapping("/admin/connectors/new")
	@PreAuthorize(HR)
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		ConnectorForm form = new ConnectorForm();
		form.setKpiPeriodId(calendar.current(user.tenant(), io.lodestar.goals.PeriodKind.YEAR).id());
		model.addAttribute("form", form);
		return form(user, null, form, model);
	}

	@PostMapping("/admin/connectors/new")
	@PreAuthorize(HR)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ConnectorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ConnectorView created = connectors.create(user, form.request());
				Notices.add(redirect, "integration.connector.created", created.name());
				return "redirect:/admin/connectors/" + created.id();
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return form(user, null, form, model);
	}

	@GetMapping("/admin/connectors/{id}")
	@PreAuthorize(HR)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, Model model) {
		ConnectorView connector = connectors.get(user, id);
		model.addAttribute("connector", connector);
		model.addAttribute("runs", connectors.runs(user, id, PageQuery.of(page, 20, null)));
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "integration/connector";
	}

	@GetMapping("/admin/connectors/{id}/edit")
	@PreAuthorize(HR)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ConnectorView connector = connectors.get(user, id);
		ConnectorForm form = ConnectorForm.of(connector);
		model.addAttribute("form", form);
		model.addAttribute("version", connector.version());
		return form(user, connector, form, model);
	}

	@PostMapping("/admin/connectors/{id}/edit")
	@PreAuthorize(HR)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConnectorForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		ConnectorView connector = connectors.get(user, id);
		if (!result.hasErrors()) {
			try {
				ConnectorView saved = connectors.update(user, id, form.request(), version);
				Notices.add(redirect, "integration.connector.saved", saved.name());
				return "redirect:/admin/connectors/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("version", version);
		return form(user, connector, form, model);
	}

	/** Runs the query without recording anything and shows the first rows (or why it failed). */
	@PostMapping("/admin/connectors/{id}/test")
	@PreAuthorize(HR)
	String test(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ConnectorView connector = connectors.get(user, id);
		model.addAttribute("preview", connectors.test(user, id));
		return show(user, connector.id(), null, model);
	}

	@PostMapping("/admin/connectors/{id}/run")
	@PreAuthorize(HR)
	String run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ConnectorView connector = connectors.get(user, id);
		try {
			RunView run = connectors.runNow(user, id);
			String key = run.status() == RunStatus.SUCCESS ? "integration.run.done.success"
					: run.status() == RunStatus.PARTIAL ? "integration.run.done.partial" : "integration.run.done.failed";
			Notices.add(redirect, key, connector.name(), run.recorded(), run.unchanged(), run.skipped());
		}
		catch (BusinessRuleException busy) {
			Notices.add(redirect, busy.code());
		}
		return "redirect:/admin/connectors/" + id;
	}

	private String form(CurrentUser user, ConnectorView connector, ConnectorForm form, Model model) {
		model.addAttribute("connector", connector);
		model.addAttribute("modes", ConnectorMode.values());
		model.addAttribute("valuePeriods", ValuePeriod.values());
		model.addAttribute("schedules", Schedule.values());
		model.addAttribute("kpis", kpiChoices(user, form.getKpiId()));
		model.addAttribute("definitions", connectors.definitions(user)
			.stream()
			.map(definition -> new Choice(definition.id(), definition.code() + " · " + definition.name()))
			.toList());
		model.addAttribute("periods", periodChoices(user));
		return "integration/connector-form";
	}

	/**
	 * KPIs of the company and its units in this fiscal year and the last (a single value usually measures a
	 * plant, a store or the company), plus the one already chosen; personal KPIs are fed by rows connectors.
	 */
	private List<Choice> kpiChoices(CurrentUser user, UUID chosen) {
		UUID tenant = user.tenant();
		int year = calendar.fiscalYearOf(tenant, calendar.today(tenant));
		List<GoalView> found = new ArrayList<>();
		for (int fiscalYear : List.of(year, year - 1)) {
			Period whole = calendar.year(tenant, fiscalYear).get(0);
			found.addAll(goals.list(user, new GoalFilter(whole.id(), null, null, Set.of(GoalKind.KPI), false)));
		}
		if (chosen != null && found.stream().noneMatch(goal -> goal.id().equals(chosen))) {
			try {
				found.add(goals.get(user, chosen));
			}
			catch (io.lodestar.platform.web.NotFoundException gone) {
				// the chosen KPI no longer exists: the form says so when saved
			}
		}
		return found.stream()
			.filter(goal -> goal.ownerType() != OwnerType.EMPLOYEE || goal.id().equals(chosen))
			.sorted(Comparator.comparing((GoalView goal) -> goal.period().startsOn()).reversed()
				.thenComparing(GoalView::title))
			.map(goal -> new Choice(goal.id(), goal.title() + " · " + goal.ownerName() + " · " + label(goal.period())))
			.toList();
	}

	private List<Choice> periodChoices(CurrentUser user) {
		UUID tenant = user.tenant();
		int year = calendar.fiscalYearOf(tenant, calendar.today(tenant));
		List<Choice> choices = new ArrayList<>();
		for (int fiscalYear : List.of(year, year - 1)) {
			calendar.year(tenant, fiscalYear).forEach(period -> choices.add(new Choice(period.id(), label(period))));
		}
		return choices;
	}

	private String label(Period period) {
		return messages.get(period.labelKey(), period.labelArguments());
	}

}
