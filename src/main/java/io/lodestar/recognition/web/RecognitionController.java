package io.lodestar.recognition.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.recognition.AwardTypes;
import io.lodestar.recognition.Awards;
import io.lodestar.recognition.NewAward;
import io.lodestar.recognition.PraisePosts;
import io.lodestar.recognition.RecognitionFeed;
import io.lodestar.recognition.RecognitionItem;
import io.lodestar.recognition.RewardKind;

/** The team feed, giving awards and praise, one award or praise post, and the section on a person's profile. */
@Controller
class RecognitionController {

	private final RecognitionFeed feed;

	private final Awards awards;

	private final AwardTypes types;

	private final PraisePosts praise;

	private final PeopleDirectory people;

	private final OrgUnitManagement units;

	private final GoalManagement goals;

	RecognitionController(RecognitionFeed feed, Awards awards, AwardTypes types, PraisePosts praise,
			PeopleDirectory people, OrgUnitManagement units, GoalManagement goals) {
		this.feed = feed;
		this.awards = awards;
		this.types = types;
		this.praise = praise;
		this.people = people;
		this.units = units;
		this.goals = goals;
	}

	/** Something to choose in a select. */
	record Choice(Object id, String name) {
	}

	@GetMapping("/recognition")
	@PreAuthorize("isAuthenticated()")
	String feed(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", feed.feed(user, unit, PageQuery.of(page, PageQuery.DEFAULT_SIZE, null)));
		Set<UUID> allowed = feed.feedUnits(user);
		model.addAttribute("units", units.tree(user)
			.stream()
			.flatMap(root -> root.flatten().stream())
			.filter(node -> allowed == null || allowed.contains(node.id()))
			.map(node -> new Choice(node.id(), node.name()))
			.toList());
		model.addAttribute("unit", unit);
		model.addAttribute("canAward", awards.canGiveAwards(user));
		model.addAttribute("canPraise", user.employeeId() != null);
		return "recognition/feed";
	}

	@GetMapping("/recognition/awards/new")
	@PreAuthorize("isAuthenticated()")
	String awardForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID recipient,
			Model model) {
		RecognitionForms.AwardForm form = new RecognitionForms.AwardForm();
		form.setRecipientId(recipient);
		model.addAttribute("awardForm", form);
		return awardPage(user, form, model);
	}

	@PostMapping("/recognition/awards")
	@PreAuthorize("isAuthenticated()")
	String give(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("awardForm") RecognitionForms.AwardForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return awardPage(user, form, model);
		}
		try {
			RecognitionItem award = awards.give(user, new NewAward(form.getRecipientId(), form.getAwardTypeId(),
					form.getReason(), form.getGoalId(), form.getRewardKind(),
					form.getRewardKind() == RewardKind.BONUS ? form.getBonusAmount() : null,
					form.getRewardKind() != null && form.getRewardKind().needsDetail() ? form.getRewardDetail() : null));
			Notices.add(redirect, "recognition.award.given", award.recipientName());
			return "redirect:" + award.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return awardPage(user, form, model);
		}
	}

	@GetMapping("/recognition/awards/{id}")
	@PreAuthorize("isAuthenticated()")
	String award(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("item", awards.get(user, id));
		model.addAttribute("reasonForm", new RecognitionForms.ReasonForm());
		model.addAttribute("canRevoke", user.has(Role.HR_ADMIN));
		return "recognition/item";
	}

	@PostMapping("/recognition/awards/{id}/revoke")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("reasonForm") RecognitionForms.ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			awards.revoke(user, id, form.getReason());
			Notices.add(redirect, "recognition.revoke.done");
			return "redirect:/recognition/awards/" + id;
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			model.addAttribute("item", awards.get(user, id));
			model.addAttribute("canRevoke", true);
			return "recognition/item";
		}
	}

	@GetMapping("/recognition/praise/new")
	@PreAuthorize("isAuthenticated()")
	String praiseForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID recipient,
			Model model) {
		RecognitionForms.PraiseForm form = new RecognitionForms.PraiseForm();
		form.setRecipientId(recipient);
		model.addAttribute("praiseForm", form);
		return praisePage(user, form, model);
	}

	@PostMapping("/recognition/praise")
	@PreAuthorize("isAuthenticated()")
	String praise(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("praiseForm") RecognitionForms.PraiseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return praisePage(user, form, model);
		}
		try {
			RecognitionItem post = praise.post(user, form.getRecipientId(), form.getMessage(), form.getGoalId());
			Notices.add(redirect, "recognition.praise.sent", post.recipientName());
			return "redirect:/recognition";
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return praisePage(user, form, model);
		}
	}

	@GetMapping("/recognition/praise/{id}")
	@PreAuthorize("isAuthenticated()")
	String praisePost(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("item", praise.get(user, id));
		model.addAttribute("canRevoke", false);
		return "recognition/item";
	}

	/** The section on a person's profile (loaded with htmx): their recognition and what the caller may add. */
	@GetMapping("/recognition/people/{id}")
	@PreAuthorize("isAuthenticated()")
	String personSection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("result", feed.ofPerson(user, id, PageQuery.of(0, 10, null)));
		model.addAttribute("personId", id);
		model.addAttribute("canAward", awards.canAward(user, id));
		model.addAttribute("canPraise", user.employeeId() != null && !user.isEmployee(id));
		return "recognition/sections :: person";
	}

	private String awardPage(CurrentUser user, RecognitionForms.AwardForm form, Model model) {
		model.addAttribute("people", awards.awardable(user)
			.stream()
			.map(person -> new Choice(person.id(), person.name() + " · " + person.employeeNo()))
			.toList());
		model.addAttribute("types", types.list(user, true).stream().map(t -> new Choice(t.id(), t.name())).toList());
		model.addAttribute("rewardKinds", List.of(RewardKind.values()));
		model.addAttribute("goals", goalsOf(user, form.getRecipientId()));
		return "recognition/award-new";
	}

	private String praisePage(CurrentUser user, RecognitionForms.PraiseForm form, Model model) {
		model.addAttribute("people", people.activeEmployees(user.tenant(), null, null)
			.stream()
			.filter(person -> !user.isEmployee(person.id()))
			.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
			.map(person -> new Choice(person.id(), person.name() + " · " + person.employeeNo()))
			.toList());
		model.addAttribute("goals", goalsOf(user, form.getRecipientId()));
		return "recognition/praise-new";
	}

	/** The person's goals the caller can read (the goals module applies access), to tie recognition to one. */
	private List<Choice> goalsOf(CurrentUser user, UUID employeeId) {
		if (employeeId == null) {
			return List.of();
		}
		if (people.employee(user.tenant(), employeeId).isEmpty()) {
			throw new NotFoundException("employee", employeeId);
		}
		return goals.list(user, new GoalFilter(null, OwnerType.EMPLOYEE, employeeId, Set.of(), false))
			.stream()
			.map(goal -> new Choice(goal.id(), goal.title()))
			.toList();
	}

}
