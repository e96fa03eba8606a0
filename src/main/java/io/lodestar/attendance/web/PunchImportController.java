package io.lodestar.attendance.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.lodestar.attendance.DeviceRegistry;
import io.lodestar.attendance.PunchFileRejectedException;
import io.lodestar.attendance.PunchImport;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;

/**
 * HR's page for importing punch files: choose the file, the time zone its times are in (the company's by default)
 * and optionally the device it came from; check only, or import. Problems are listed with row, column and reason,
 * and nothing is stored until the whole file is good.
 */
@Controller
class PunchImportController {

	private final PunchImport imports;

	private final DeviceRegistry registry;

	private final Messages messages;

	PunchImportController(PunchImport imports, DeviceRegistry registry, Messages messages) {
		this.imports = imports;
		this.registry = registry;
		this.messages = messages;
	}

	/** One problem as the table shows it, the reason already in the reader's language. */
	record IssueLine(Integer row, String column, String value, String reason) {
	}

	@GetMapping("/admin/attendance/imports")
	@PreAuthorize(DeviceApiController.HR)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("devices", registry.devices(user));
		if (!model.containsAttribute("zone")) {
			model.addAttribute("zone", imports.defaultZone(user).getId());
		}
		return "attendance/import";
	}

	@PostMapping("/admin/attendance/imports")
	@PreAuthorize(DeviceApiController.HR)
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String zone, @RequestParam(required = false) UUID deviceId,
			@RequestParam(required = false, defaultValue = "false") boolean checkOnly, Model model) throws IOException {
		model.addAttribute("zone", zone);
		model.addAttribute("deviceId", deviceId);
		model.addAttribute("checkOnly", checkOnly);
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
			model.addAttribute("error", messages.get("attendance.import.file-required"));
			return page(user, model);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			model.addAttribute("result", imports.importFile(user, file.getOriginalFilename(), file.getBytes(), zone,
					deviceId, checkOnly));
		}
		catch (PunchFileRejectedException rejected) {
			List<IssueLine> lines = rejected.issues()
				.stream()
				.limit(PunchApiController.MAX_LISTED)
				.map(issue -> new IssueLine(issue.row(), issue.column(), issue.value(), imports.describe(issue)))
				.toList();
			model.addAttribute("issues", lines);
			model.addAttribute("issueCount", rejected.issues().size());
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("error", messages.get(refused.code(), refused.arguments()));
		}
		return page(user, model);
	}

}
