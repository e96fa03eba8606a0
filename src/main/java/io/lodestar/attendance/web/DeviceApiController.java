package io.lodestar.attendance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.attendance.CommandView;
import io.lodestar.attendance.DeviceRegistry;
import io.lodestar.attendance.DeviceView;
import io.lodestar.attendance.PendingDeviceView;
import io.lodestar.attendance.SetAsideView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Attendance terminals over the API (HR administrators only): approval, status and commands. */
@RestController
@RequestMapping("/api/v1/attendance/devices")
@Tag(name = "Attendance devices", description = "Time clocks that push punches over the ZKTeco PUSH protocol "
		+ "(HR administrators).")
class DeviceApiController {

	static final String HR = "hasRole('HR_ADMIN')";

	private final DeviceRegistry registry;

	DeviceApiController(DeviceRegistry registry) {
		this.registry = registry;
	}

	/** Approve (or allow-list in advance) the device with this serial number, read off the device. */
	record ApproveBody(String serialNumber, String name, String utcOffset) {
	}

	/** USER: send a PIN and name to the device. REUPLOAD: ask it to upload a date range again. */
	record CommandBody(String kind, String pin, String name, LocalDate from, LocalDate to) {
	}

	@GetMapping
	@PreAuthorize(HR)
	@Operation(summary = "List the company's devices",
			description = "Approved devices with last contact, last punch, record counts and the last error.")
	List<DeviceView> list(@AuthenticationPrincipal CurrentUser user) {
		return registry.devices(user);
	}

	@GetMapping("/pending")
	@PreAuthorize(HR)
	@Operation(summary = "Devices waiting for approval",
			description = "Devices that called but belong to no company; serial numbers are masked.")
	List<PendingDeviceView> pending(@AuthenticationPrincipal CurrentUser user) {
		return registry.pending(user);
	}

	@PostMapping
	@PreAuthorize(HR)
	@Operation(summary = "Approve a device into the company",
			description = "By its full serial number, with its UTC offset (e.g. +08:00, +05:30).")
	@ApiResponse(responseCode = "201", description = "Approved; Location names the device.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Invalid serial number or offset (problem details).")
	@ApiResponse(responseCode = "409", description = "The serial number is already registered (problem details).")
	ResponseEntity<DeviceView> approve(@AuthenticationPrincipal CurrentUser user, @RequestBody ApproveBody body) {
		DeviceView device = registry.approve(user, body.serialNumber(), body.name(), body.utcOffset());
		return ResponseEntity.created(URI.create("/api/v1/attendance/devices/" + device.id())).body(device);
	}

	@GetMapping("/{id}")
	@PreAuthorize(HR)
	@Operation(summary = "Get a device with its status")
	@ApiResponse(responseCode = "404", description = "No such device in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The device.", useReturnTypeSchema = true)
	DeviceView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return registry.device(user, id);
	}

	@GetMapping("/{id}/commands")
	@PreAuthorize(HR)
	@Operation(summary = "Commands of a device", description = "Newest first, the last 50.")
	@ApiResponse(responseCode = "404", description = "No such device in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The commands, newest first.", useReturnTypeSchema = true)
	List<CommandView> commands(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return registry.commands(user, id);
	}

	@PostMapping("/{id}/commands")
	@PreAuthorize(HR)
	@Operation(summary = "Queue a command for the device's next poll",
			description = "kind USER (pin, name) or REUPLOAD (from, to).")
	@ApiResponse(responseCode = "201", description = "Queued.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Invalid kind, PIN or dates (problem details).")
	@ApiResponse(responseCode = "404", description = "No such device in the company (problem details).")
	ResponseEntity<CommandView> queue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody CommandBody body) {
		CommandView command = switch (body.kind() == null ? "" : body.kind()) {
			case "USER" -> registry.pushUser(user, id, body.pin(), body.name());
			case "REUPLOAD" -> registry.reupload(user, id, body.from(), body.to());
			default -> {
				registry.device(user, id);
				throw BusinessRuleException.invalid("attendance.command.kind.invalid", "kind");
			}
		};
		return ResponseEntity.status(HttpStatus.CREATED).body(command);
	}

	/** A new shared secret (blank keeps the current one), or clearSecret; the networks it may call from. */
	record SecurityBody(String secret, Boolean clearSecret, String allowedNetworks) {
	}

	@PostMapping("/{id}/security")
	@PreAuthorize(HR)
	@Operation(summary = "Set the device's shared secret and allowed networks",
			description = "secret: the ComKey set on the device (stored as a digest; blank keeps the current one); "
					+ "clearSecret removes it; allowedNetworks: comma-separated CIDRs or addresses (blank: any). "
					+ "Calls that fail either rule are refused with 403, counted as the device's errors and never "
					+ "stored.")
	@ApiResponse(responseCode = "400", description = "An invalid network or secret (problem details).")
	@ApiResponse(responseCode = "404", description = "No such device in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The device with its new security settings.", useReturnTypeSchema = true)
	DeviceView secure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SecurityBody body) {
		return registry.secure(user, id, body.secret(), Boolean.TRUE.equals(body.clearSecret()), body.allowedNetworks());
	}

	@GetMapping("/{id}/set-aside")
	@PreAuthorize(HR)
	@Operation(summary = "Lines the device sent that were set aside", description = "With the reason; newest first.")
	@ApiResponse(responseCode = "404", description = "No such device in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The lines, newest first.", useReturnTypeSchema = true)
	List<SetAsideView> setAside(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return registry.setAside(user, id);
	}

}
