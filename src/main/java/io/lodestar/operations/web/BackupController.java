package io.lodestar.operations.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.operations.ArchiveRefusedException;
import io.lodestar.operations.BackupStatus;
import io.lodestar.operations.Backups;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Notices;

/**
 * System administrators' backup page: the archives in the backup directory with size, time and the outcome of
 * their last verification; "back up now" and "verify again". Restoring is deliberately not here: it needs an
 * empty database and runs from the command line ({@code lodestar restore}).
 */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

	static final String OPERATORS = "hasRole('SYSTEM_ADMIN')";

	private final Backups backups;

	private final AuditTrail audit;

	BackupController(Backups backups, AuditTrail audit) {
		this.backups = backups;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize(OPERATORS)
	String list(Model model) {
		model.addAttribute("backups", backups.list());
		return "operations/backups";
	}

	@PostMapping
	@PreAuthorize(OPERATORS)
	String backUpNow(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		BackupStatus status = backups.backup("manual");
		audit.recordSystem(null, user.userId(), user.email(), "CREATE", "backup", status.name(), "backup written");
		Notices.add(redirect, Boolean.TRUE.equals(status.verified()) ? "operations.backups.written"
				: "operations.backups.written-unverified", status.name());
		return "redirect:/admin/backups";
	}

	@PostMapping("/verify")
	@PreAuthorize(OPERATORS)
	String verify(@RequestParam String name, RedirectAttributes redirect) {
		try {
			BackupStatus status = backups.verify(name);
			Notices.add(redirect, Boolean.TRUE.equals(status.verified()) ? "operations.backups.verified"
					: "operations.backups.failed", name);
		}
		catch (ArchiveRefusedException unknown) {
			Notices.add(redirect, "operations.backups.unknown", name);
		}
		return "redirect:/admin/backups";
	}

}
