package io.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/**
 * The list of appraisal cycles (HR and executives) and HR's new-cycle form: template, a period of this or last
 * fiscal year, org units (with their sub-units) and positions, deadlines and pay.
 */
@Controller
class AppraisalCycleListController {

	static final String HR = "hasRole('HR_ADMIN')";

	static final String HR_OR_EXECUTIVE = "hasAnyRole('HR_ADMIN', 'EXECUTIVE')";

	static final Set<String> FIELDS = Set.of("name", "templateId", "periodId", "unitIds", "payBase", "bonusPool",
			"managerDue");

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final PeriodCalendar calendar;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final Messages messages;

	AppraisalCycleListController(AppraisalCycles cycles, AppraisalTemplates templates, PeriodCalendar calendar,
			OrgUnitManagement units, PositionManagement positions, Messages messages) {
		this.cycles = cycles;
		this.templates = templates;
		this.calendar = calendar;
		this.units = units;
		this.positions = positions;
		this.messages = messages;
	}

	@InitBinder("form")
	void fields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/admin/appraisal/cycles")
	@PreAuthorize(HR_OR_EXECUTIVE)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<AppraisalCycle> all = cycles.list(user.tenant());
		Map<UUID, String> names = new java.util.HashMap<>();
		boolean hr = user.has(io.lodestar.platform.security.Role.HR_ADMIN);
		if (hr) {
			templates.list(user.tenant()).forEach(t -> names.put(t.id(), t.name()));
		}
		model.addAttribute("isHr", hr);
		model.addAttribute("hasTemplates", !names.isEmpty());
		model.addAttribute("cycles", all);
		model.addAttribute("templateNames", names);
		return "appraisal/cycles";
	}

	@GetMapping("/admin/appraisal/cycles/new")
	@PreAuthorize(HR)
	String newCycle(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new CycleForm());
		return formPage(user, model);
	}

	@PostMapping("/admin/appraisal/cycles")
	@PreAuthorize(HR)
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") CycleForm form,
			BindingResult unreadable, Model model, RedirectAttributes redirect) {
		try {
			AppraisalCycle created = cycles.create(user, form.toNewCycle());
			Notices.add(redirect, "appraisal-web.cycle.created", created.name());
			return "redirect:/admin/appraisal/cycles/" + created.id();
		}
		catch (BusinessRuleException refused) {
			FieldErrors.add(model, messages, refused, FIELDS);
			return formPage(user, model);
		}
	}

	private String formPage(CurrentUser user, Model model) {
		if (!model.containsAttribute(FieldErrors.FIELDS)) {
			model.addAttribute(FieldErrors.FIELDS, Map.of());
		}
		List<AppraisalTemplate> all = templates.list(user.tenant());
		model.addAttribute("templates", all);
		int year = calendar.fiscalYearOf(user.tenant(), calendar.today(user.tenant()));
		List<Period> periods = new ArrayList<>(calendar.year(user.tenant(), year));
		periods.addAll(calendar.year(user.tenant(), year - 1));
		model.addAttribute("periods", periods);
		List<UnitOption> unitOptions = new ArrayList<>();
		for (OrgUnitNode root : units.tree(user)) {
			addUnits(root, 0, unitOptions);
		}
		model.addAttribute("units", unitOptions);
		model.addAttribute("positions", positions.all(user));
		return "appraisal/cycle-form";
	}

	private static void addUnits(OrgUnitNode node, int depth, List<UnitOption> options) {
		options.add(new UnitOption(node.id(), node.name(), depth, node.totalMembers()));
		node.children().forEach(child -> addUnits(child, depth + 1, options));
	}

	/** An org unit to pick, indented by its depth in the tree. */
	record UnitOption(UUID id, String name, int depth, long members) {
	}

}
