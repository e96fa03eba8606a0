package io.lodestar.engagement.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.engagement.ChatChannelView;
import io.lodestar.engagement.ChatTestResult;
import io.lodestar.engagement.NotificationChannels;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The company's group chats (DingTalk, WeCom, Feishu group bots; Slack and Teams webhooks) over the API, for HR
 * administrators. The webhook URL and secret are write-only.
 */
@RestController
@RequestMapping("/api/v1/notification-channels")
@Tag(name = "Notification channels", description = "Group chats that receive notifications (HR administrators).")
class NotificationChannelApiController {

	static final String CHANNEL = """
			{
			  "id": "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
			  "name": "销售部钉钉群",
			  "platform": "DINGTALK",
			  "webhookHint": "oapi.dingtalk.com/••••",
			  "signed": true,
			  "kinds": ["OKR_CHECK_IN", "AWARD"],
			  "enabled": true,
			  "createdAt": "2026-03-02T01:00:00Z",
			  "updatedAt": "2026-03-02T01:00:00Z",
			  "version": 0
			}
			""";

	static final String CREATE = """
			{
			  "name": "销售部钉钉群",
			  "platform": "DINGTALK",
			  "webhookUrl": "https://oapi.dingtalk.com/robot/send?access_token=…",
			  "secret": "SEC…",
			  "kinds": ["OKR_CHECK_IN", "AWARD"],
			  "enabled": true
			}
			""";

	private final NotificationChannels channels;

	NotificationChannelApiController(NotificationChannels channels) {
		this.channels = channels;
	}

	@GetMapping
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "List group chats")
	@ApiResponse(responseCode = "200", description = "The company's group chats, by name.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "channels", value = "[" + CHANNEL + "]")))
	List<ChatChannelView> list(@AuthenticationPrincipal CurrentUser user) {
		return channels.all(user);
	}

	@GetMapping("/{id}")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Get a group chat", description = "Never the webhook URL or the secret.")
	@ApiResponse(responseCode = "200", description = "The group chat.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "channel", value = CHANNEL)))
	ChatChannelView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return channels.get(user, id);
	}

	@PostMapping
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Add a group chat", description = "The URL must be https (http only for localhost).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(examples = @ExampleObject(name = "dingtalk", value = CREATE))))
	@ApiResponse(responseCode = "201", description = "Added; Location names it.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "channel", value = CHANNEL)))
	ResponseEntity<ChatChannelView> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ChatChannelBody body) {
		ChatChannelView created = channels.create(user, body.request());
		return ResponseEntity.created(URI.create("/api/v1/notification-channels/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Change a group chat",
			description = "The whole channel with the version read; leave out webhookUrl and secret to keep them.")
	@ApiResponse(responseCode = "200", description = "The changed group chat.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "channel", value = CHANNEL)))
	ChatChannelView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ChatChannelBody body) {
		channels.get(user, id);
		if (body.version() == null) {
			throw BusinessRuleException.invalid("platform.validation.version-required", "version");
		}
		return channels.update(user, id, body.request(), body.version());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Remove a group chat", description = "Its pending deliveries go with it.")
	@ApiResponse(responseCode = "204", description = "Removed.")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		channels.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/test")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Send a test message", description = "Sends at once and reports whether the platform took it.")
	@ApiResponse(responseCode = "200", description = "The outcome.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "refused",
					value = "{\"sent\": false, \"error\": \"errcode 310000: sign not match\"}")))
	ChatTestResult test(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return channels.sendTest(user, id);
	}

}
