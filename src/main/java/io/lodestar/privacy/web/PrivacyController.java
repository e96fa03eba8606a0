package io.lodestar.privacy.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;
import io.lodestar.privacy.ExportKind;
import io.lodestar.privacy.ExportRequests;
import io.lodestar.privacy.MyDataExport;
import io.lodestar.privacy.RetentionJob;
import io.lodestar.privacy.RetentionRules;

/**
 * Privacy pages: "what we store and why" with the retention rules and a dry run (HR and system administrators),
 * bulk export requests and their approval, and the download of one's own data.
 */
@Controller
class PrivacyController {

	static final String ADMIN = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	static final String REQUESTERS = "hasAnyRole('HR_ADMIN', 'EXECUTIVE', 'MANAGER', 'PAY_VIEWER', 'SYSTEM_ADMIN')";

	private final RetentionRules rules;

	private final RetentionJob retention;

	private final ExportRequests exports;

	private final MyDataExport myData;

	private final Messages messages;

	PrivacyController(RetentionRules rules, RetentionJob retention, ExportRequests exports, MyDataExport myData,
			Messages messages) {
		this.rules = rules;
		this.retention = retention;
		this.exports = exports;
		this.myData = myData;
		this.messages = messages;
	}

	@GetMapping("/admin/privacy")
	@PreAuthorize(ADMIN)
	String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean preview,
			Model model) {
		model.addAttribute("kinds", Arrays.asList(DataKind.values()));
		model.addAttribute("rules", rules.of(user.tenant()));
		model.addAttribute("canEdit", user.has(Role.HR_ADMIN));
		if (preview) {
			model.addAttribute("due", retention.run(user.tenant(), true, Instant.now()).stream()
				.collect(Collectors.toMap(RetentionJob.Outcome::kind, RetentionJob.Outcome::count)));
		}
		return "privacy/overview";
	}

	@PostMapping("/admin/privacy/retention/{kind}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String setRetention(@AuthenticationPrincipal CurrentUser user, @PathVariable DataKind kind,
			@RequestParam(required = false) Integer keepDays, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if (keepDays == null) {
				throw BusinessRuleException.invalid("privacy.retention.below-minimum", "keepDays",
						kind.retention().map(rule -> rule.minimumDays()).orElse(0));
			}
			rules.set(user, kind, keepDays);
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", messages.get(refused.code(), refused.arguments()));
			return overview(user, false, model);
		}
		Notices.add(redirect, "privacy.retention.saved");
		return "redirect:/admin/privacy";
	}

	@GetMapping("/privacy/exports")
	@PreAuthorize(REQUESTERS)
	String exports(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", exports.list(user));
		model.addAttribute("kinds", ExportKind.values());
		model.addAttribute("isHr", user.has(Role.HR_ADMIN));
		model.addAttribute("me", user.userId());
		model.addAttribute("now", Instant.now());
		return "privacy/exports";
	}

	@PostMapping("/privacy/exports")
	@PreAuthorize(REQUESTERS)
	String request(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ExportKind kind,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			exports.request(user, kind, reason);
		}
		catch (BusinessRuleException refused) {
			return refuse(user, refused, model, response);
		}
		Notices.add(redirect, "privacy.export.requested");
		return "redirect:/privacy/exports";
	}

	@PostMapping("/privacy/exports/{id}/approve")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			exports.approve(user, id);
		}
		catch (BusinessRuleException refused) {
			return refuse(user, refused, model, response);
		}
		Notices.add(redirect, "privacy.export.approved");
		return "redirect:/privacy/exports";
	}

	@PostMapping("/privacy/exports/{id}/reject")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			exports.reject(user, id);
		}
		catch (BusinessRuleException refused) {
			return refuse(user, refused, model, response);
		}
		Notices.add(redirect, "privacy.export.rejected");
		return "redirect:/privacy/exports";
	}

	@GetMapping("/privacy/exports/{id}/download")
	@PreAuthorize(REQUESTERS)
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		ExportRequests.Download file = exports.download(user, id, locale);
		return attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@GetMapping("/privacy/my-data.zip")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> myData(@AuthenticationPrincipal CurrentUser user) {
		return attachment(myData.zip(user), "my-data.zip", MediaType.parseMediaType("application/zip"));
	}

	private String refuse(CurrentUser user, BusinessRuleException refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.kind() == BusinessRuleException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", messages.get(refused.code(), refused.arguments()));
		return exports(user, model);
	}

	/** Personal data: never cached, always an attachment. */
	static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.ok().headers(headers).body(content);
	}

}
