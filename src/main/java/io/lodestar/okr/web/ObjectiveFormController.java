package io.lodestar.okr.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.lodestar.goals.GoalOwners;
import io.lodestar.goals.OwnerType;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/**
 * Drafting an objective with up to five key results, and changing it while it is a draft or returned. The
 * owner is the signed-in person, an org unit they set goals for, or the company (executives, HR). A change
 * carries the version the writer saw: when someone else changed the objective meanwhile, the form comes back
 * with everything typed kept and says so.
 */
@Controller
class ObjectiveFormController {

	static final String VIEW = "okr/objective-form";

	private static final Pattern ROW_FIELD = Pattern.compile("keyResults\\[(\\d+)](?:\\.(\\w+))?");

	private final Objectives objectives;

	private final OkrCycles cycles;

	private final GoalOwners owners;

	private final GoalAccess access;

	private final Messages messages;

	private final OkrWording wording;

	ObjectiveFormController(Objectives objectives, OkrCycles cycles, GoalOwners owners, GoalAccess access,
			Messages messages, OkrWording wording) {
		this.objectives = objectives;
		this.cycles = cycles;
		this.owners = owners;
		this.access = access;
		this.messages = messages;
		this.wording = wording;
	}

	/** An owner to choose: "me", "company" or an org unit's id, with the name the user reads. */
	record OwnerChoice(String id, String name) {
	}

	@GetMapping("/okr/objectives/new")
	@PreAuthorize("isAuthenticated()")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID cycle,
			Model model) {
		OkrCycle chosen = cycle != null ? cycles.get(user.tenant(), cycle) : cycles.current(user.tenant()).orElse(null);
		if (chosen == null) {
			return "redirect:/okr";
		}
		List<OwnerChoice> choices = ownerChoices(user);
		ObjectiveForm form = ObjectiveForm.blank(chosen.id(), choices.isEmpty() ? null : choices.get(0).id());
		model.addAttribute("objectiveForm", form);
		return formPage(user, chosen, null, choices, model);
	}

	@PostMapping("/okr/objectives")
	@PreAuthorize("isAuthenticated()")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("objectiveForm") ObjectiveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OkrCycle cycle = form.getCycleId() != null ? cycles.get(user.tenant(), form.getCycleId())
				: cycles.current(user.tenant()).orElse(null);
		if (cycle == null) {
			return "redirect:/okr";
		}
		form.setCycleId(cycle.id());
		List<OwnerChoice> choices = ownerChoices(user);
		if (choices.stream().noneMatch(choice -> choice.id().equals(form.getOwner()))) {
			result.rejectValue("owner", "okr-web.form.owner.choose");
		}
		checkRows(form, result);
		if (!result.hasErrors()) {
			try {
				ObjectiveView drafted = objectives.draft(user, form.toDraft(ownerType(form), ownerId(user, form)));
				Notices.add(redirect, "okr-web.notice.drafted", drafted.title());
				return "redirect:/okr/objectives/" + drafted.id();
			}
			catch (BusinessRuleException refused) {
				reject(result, form, refused);
			}
		}
		form.fillRows();
		return formPage(user, cycle, null, choices, model);
	}

	@GetMapping("/okr/objectives/{id}/edit")
	@PreAuthorize("isAuthenticated()")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		ObjectiveView objective = objectives.get(user, id);
		if (!objective.can().edit()) {
			Notices.add(redirect, "okr-web.notice.not-editable");
			return "redirect:/okr/objectives/" + id;
		}
		model.addAttribute("objectiveForm", ObjectiveForm.of(objective));
		return formPage(user, cycles.get(user.tenant(), objective.cycleId()), objective, List.of(), model);
	}

	@PostMapping("/okr/objectives/{id}")
	@PreAuthorize("isAuthenticated()")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("objectiveForm") ObjectiveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObjectiveView objective = objectives.get(user, id);
		form.setCycleId(objective.cycleId());
		checkRows(form, result);
		if (!result.hasErrors()) {
			try {
				ObjectiveView saved = objectives.edit(user, id,
						form.toDraft(objective.ownerType(), objective.ownerId()));
				Notices.add(redirect, "okr-web.notice.saved", saved.title());
				return "redirect:/okr/objectives/" + id;
			}
			catch (BusinessRuleException refused) {
				reject(result, form, refused);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				result.reject("okr-web.form.conflict");
				model.addAttribute("conflict", true);
			}
		}
		form.fillRows();
		return formPage(user, cycles.get(user.tenant(), objective.cycleId()), objective, List.of(), model);
	}

	private String formPage(CurrentUser user, OkrCycle cycle, ObjectiveView objective, List<OwnerChoice> choices,
			Model model) {
		model.addAttribute("cycle", cycle);
		model.addAttribute("objective", objective);
		model.addAttribute("owners", choices);
		model.addAttribute("wording", wording);
		return VIEW;
	}

	/** What this user may own: themselves, the org units they set goals for (OKR units only), the company. */
	private List<OwnerChoice> ownerChoices(CurrentUser user) {
		List<OwnerChoice> choices = new ArrayList<>();
		if (user.employeeId() != null) {
			choices.add(new OwnerChoice(ObjectiveForm.ME, messages.get("okr-web.form.owner.me", user.displayName())));
		}
		for (GoalOwners.Choice unit : owners.units(user)) {
			if (cycles.modeOf(user.tenant(), unit.id()).allowsOkr()) {
				choices.add(new OwnerChoice(unit.id().toString(), unit.name()));
			}
		}
		if (access.scopeOf(user).canManage(OwnerType.COMPANY, null)) {
			choices.add(new OwnerChoice(ObjectiveForm.COMPANY, messages.get("okr-web.form.owner.company")));
		}
		return choices;
	}

	private static OwnerType ownerType(ObjectiveForm form) {
		return switch (form.getOwner()) {
			case ObjectiveForm.ME -> OwnerType.EMPLOYEE;
			case ObjectiveForm.COMPANY -> OwnerType.COMPANY;
			default -> OwnerType.ORG_UNIT;
		};
	}

	private static UUID ownerId(CurrentUser user, ObjectiveForm form) {
		return switch (form.getOwner()) {
			case ObjectiveForm.ME -> user.employeeId();
			case ObjectiveForm.COMPANY -> null;
			default -> UUID.fromString(form.getOwner());
		};
	}

	/** Rows in use need a title and a weight; an objective needs one to five of them. */
	private static void checkRows(ObjectiveForm form, BindingResult result) {
		List<Integer> used = form.used();
		if (used.isEmpty() || used.size() > ObjectiveForm.ROWS) {
			result.rejectValue("keyResults", "okr.objective.key-results.count");
		}
		for (int i : used) {
			ObjectiveForm.Row row = form.getKeyResults().get(i);
			if ((row.getTitle() == null || row.getTitle().isBlank()) && !result.hasFieldErrors(field(i, "title"))) {
				result.rejectValue(field(i, "title"), "okr.kr.title.required");
			}
			if (row.getWeight() == null && !result.hasFieldErrors(field(i, "weight"))) {
				result.rejectValue(field(i, "weight"), "okr.kr.weight.required");
			}
		}
	}

	/**
	 * A refusal next to its field: the service counts key results among the rows in use, the form counts all
	 * rows; a problem with a key result's numbers goes next to its target, any other next to its title.
	 */
	private static void reject(BindingResult result, ObjectiveForm form, BusinessRuleException refused) {
		String field = refused.field();
		Object[] arguments = refused.arguments();
		Matcher row = field == null ? null : ROW_FIELD.matcher(field);
		if (row != null && row.matches()) {
			List<Integer> used = form.used();
			int index = Integer.parseInt(row.group(1));
			if (index < used.size()) {
				String part = refused.code().startsWith("okr.kr.target") ? "target"
						: refused.code().equals("okr.kr.start") ? "start" : "title";
				result.rejectValue(field(used.get(index), part), refused.code(), arguments, refused.code());
				return;
			}
		}
		if ("ownerId".equals(field)) {
			result.rejectValue("owner", refused.code(), arguments, refused.code());
		}
		else if ("keyResults".equals(field) || "title".equals(field) || "why".equals(field)
				|| "visibility".equals(field)) {
			result.rejectValue(field, refused.code(), arguments, refused.code());
		}
		else {
			result.reject(refused.code(), arguments, refused.code());
		}
	}

	private static String field(int row, String part) {
		return "keyResults[" + row + "]." + part;
	}

}
