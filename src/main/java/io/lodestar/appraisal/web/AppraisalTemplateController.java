package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.TemplatePreview;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/**
 * HR's appraisal templates: the list, the form (new, from the standard template, or an existing one) and its
 * live preview on sample employees. The service checks the whole template; a refusal re-renders the form with
 * what was typed and the message next to the field (for the formula with the position of the error). A value
 * that is not a number leaves its field empty (the {@code BindingResult} takes the mismatch instead of a 400), so
 * the service names what is missing.
 */
@Controller
class AppraisalTemplateController {

	static final String HR = "hasRole('HR_ADMIN')";

	static final Set<String> FIELDS = Set.of("name", "weights", "ratingScale", "peerMinRespondents", "formula", "bands",
			"targetDistribution", "payTiers");

	private final AppraisalTemplates templates;

	private final Messages messages;

	AppraisalTemplateController(AppraisalTemplates templates, Messages messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@InitBinder("form")
	void fields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/admin/appraisal/templates")
	@PreAuthorize(HR)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("templates", templates.list(user.tenant()));
		return "appraisal/templates";
	}

	@GetMapping("/admin/appraisal/templates/new")
	@PreAuthorize(HR)
	String newTemplate(@RequestParam(defaultValue = "false") boolean standard, Model model) {
		TemplateForm form = standard
				? TemplateForm.of(TemplateRequest.standard(messages.get("appraisal-web.template.standard-name")))
				: new TemplateForm();
		model.addAttribute("form", form);
		return formPage(null, form, model);
	}

	@PostMapping("/admin/appraisal/templates")
	@PreAuthorize(HR)
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TemplateForm form,
			BindingResult unreadable, Model model, RedirectAttributes redirect) {
		try {
			AppraisalTemplate created = templates.create(user, form.toRequest());
			Notices.add(redirect, "appraisal-web.template.created", created.name());
			return "redirect:/admin/appraisal/templates/" + created.id();
		}
		catch (BusinessRuleException refused) {
			FieldErrors.add(model, messages, refused, FIELDS);
			return formPage(null, form, model);
		}
	}

	@GetMapping("/admin/appraisal/templates/{id}")
	@PreAuthorize(HR)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		AppraisalTemplate template = templates.get(user.tenant(), id);
		TemplateForm form = TemplateForm.of(template);
		model.addAttribute("form", form);
		return formPage(template, form, model);
	}

	@PostMapping("/admin/appraisal/templates/{id}")
	@PreAuthorize(HR)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("form") TemplateForm form, BindingResult unreadable, Model model,
			RedirectAttributes redirect) {
		AppraisalTemplate template = templates.get(user.tenant(), id);
		try {
			AppraisalTemplate saved = templates.update(user, id, form.toRequest());
			Notices.add(redirect, "appraisal-web.template.saved", saved.name());
			return "redirect:/admin/appraisal/templates/" + id;
		}
		catch (BusinessRuleException refused) {
			FieldErrors.add(model, messages, refused, FIELDS);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			model.addAttribute(FieldErrors.PAGE, messages.get("appraisal-web.template.changed-meanwhile"));
		}
		return formPage(template, form, model);
	}

	/** The preview panel (htmx): the samples' scores, grades and pay, or why the template cannot be used yet. */
	@PostMapping("/admin/appraisal/templates/preview")
	@PreAuthorize(HR)
	String preview(@ModelAttribute("form") TemplateForm form, BindingResult unreadable, Model model) {
		tryOnSamples(form, model);
		model.addAttribute("oob", true);
		return "appraisal/template-form :: preview";
	}

	private void tryOnSamples(TemplateForm form, Model model) {
		BigDecimal base = form.previewBase == null || form.previewBase.signum() < 0 ? BigDecimal.valueOf(10000)
				: form.previewBase;
		try {
			AppraisalTemplate checked = templates.check(UUID.randomUUID(), form.toRequest(), 0);
			List<PreviewLine> lines = TemplatePreview.of(checked, base)
				.stream()
				.map(line -> PreviewLine.of(line, messages))
				.toList();
			model.addAttribute("previewLines", lines);
			model.addAttribute("previewFormula", checked.formula());
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("previewError", messages.get(refused.code(), refused.arguments()));
			if ("formula".equals(refused.field()) && refused.arguments().length > 1
					&& refused.arguments()[1] instanceof Integer position) {
				model.addAttribute("formulaMark", FormulaMark.of(form.formula, position));
			}
		}
	}

	private String formPage(AppraisalTemplate template, TemplateForm form, Model model) {
		model.addAttribute("template", template);
		if (!model.containsAttribute(FieldErrors.FIELDS)) {
			model.addAttribute(FieldErrors.FIELDS, java.util.Map.of());
		}
		model.addAttribute("weightSum", form.weightSum());
		model.addAttribute("defaultFormula", io.lodestar.appraisal.AppraisalTemplate.weightedSumOf(
				form.toRequestWeights()));
		tryOnSamples(form, model);
		return "appraisal/template-form";
	}

	/** A formula split around the position of its error, to underline the spot. */
	record FormulaMark(String before, String at, String after) {

		static FormulaMark of(String formula, int position) {
			String text = formula == null ? "" : formula.strip();
			int index = Math.max(0, Math.min(position - 1, text.length()));
			String at = index < text.length() ? text.substring(index, index + 1) : " ";
			return new FormulaMark(text.substring(0, index), at, index < text.length() ? text.substring(index + 1) : "");
		}

	}

}
