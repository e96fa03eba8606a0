package io.lodestar.engagement.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.engagement.NotificationPreferences;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Which notifications also come by email: the caller's own choice, and the company's defaults (HR
 * administrators). In-app notifications are always on.
 */
@RestController
@Tag(name = "Notification preferences", description = "Email on or off per kind of notification.")
class NotificationPreferenceApiController {

	static final String PREFERENCES = """
			[
			  {"kind": "OKR_CHECK_IN", "name": "OKR check-in reminders", "email": false, "companyDefault": true, "own": true},
			  {"kind": "AWARD", "name": "Awards", "email": true, "companyDefault": true, "own": false}
			]
			""";

	static final String CHANGE = """
			{"email": {"OKR_CHECK_IN": false, "AWARD": true}}
			""";

	private final NotificationPreferences preferences;

	private final Messages messages;

	NotificationPreferenceApiController(NotificationPreferences preferences, Messages messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	/** Email on or off by kind; kinds left out keep their setting. */
	record PreferencesBody(Map<String, Boolean> email) {
	}

	@GetMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "My email preferences", description = "One entry per kind of notification.")
	@ApiResponse(responseCode = "200", description = "My preferences.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "preferences", value = PREFERENCES)))
	List<KindPreferenceResponse> mine(@AuthenticationPrincipal CurrentUser user) {
		return preferences.mine(user).stream().map(p -> KindPreferenceResponse.of(p, messages)).toList();
	}

	@PutMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Change my email preferences",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(examples = @ExampleObject(name = "change", value = CHANGE))))
	@ApiResponse(responseCode = "200", description = "My preferences now.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "preferences", value = PREFERENCES)))
	List<KindPreferenceResponse> changeMine(@AuthenticationPrincipal CurrentUser user,
			@RequestBody PreferencesBody body) {
		return preferences.setMine(user, body.email() == null ? Map.of() : body.email()).stream()
			.map(p -> KindPreferenceResponse.of(p, messages))
			.toList();
	}

	@GetMapping("/api/v1/notification-preferences/company")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "The company's email defaults", description = "For users without a choice of their own.")
	@ApiResponse(responseCode = "200", description = "The defaults.", useReturnTypeSchema = true)
	List<KindPreferenceResponse> company(@AuthenticationPrincipal CurrentUser user) {
		return preferences.companyDefaults(user).stream().map(p -> KindPreferenceResponse.of(p, messages)).toList();
	}

	@PutMapping("/api/v1/notification-preferences/company")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Change the company's email defaults",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(examples = @ExampleObject(name = "change", value = CHANGE))))
	@ApiResponse(responseCode = "200", description = "The defaults now.", useReturnTypeSchema = true)
	List<KindPreferenceResponse> changeCompany(@AuthenticationPrincipal CurrentUser user,
			@RequestBody PreferencesBody body) {
		return preferences.setCompanyDefaults(user, body.email() == null ? Map.of() : body.email()).stream()
			.map(p -> KindPreferenceResponse.of(p, messages))
			.toList();
	}

}
