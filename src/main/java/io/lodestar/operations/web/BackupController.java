package io.lodestar.operations.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.operations.ArchiveRefusedException;
import io.lodestar.operations.BackupRun;
import io.lodestar.operations.BackupRuns;
import io.lodestar.operations.Backups;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Notices;

/**
 * System administrators' backup page: the archives in the backup directory with size, time and the outcome of
 * their last verification; "back up now" and "verify again", which run in the background (one at a time across
 * all nodes) while the page shows their progress. Restoring is deliberately not here: it needs an empty database
 * and runs from the command line ({@code lodestar restore}).
 */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

	static final String OPERATORS = "hasRole('SYSTEM_ADMIN')";

	private final Backups backups;

	private final BackupRuns runs;

	private final AuditTrail audit;

	BackupController(Backups backups, BackupRuns runs, AuditTrail audit) {
		this.backups = backups;
		this.runs = runs;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize(OPERATORS)
	String list(Model model) {
		model.addAttribute("backups", backups.list());
		model.addAttribute("run", runs.latest().orElse(null));
		return "operations/backups";
	}

	/** The running backup's progress, polled every second; when it has ended, htmx reloads the page. */
	@GetMapping("/run")
	@PreAuthorize(OPERATORS)
	String run(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		BackupRun run = runs.latest().orElse(null);
		model.addAttribute("run", run);
		if (htmx != null && (run == null || !run.running())) {
			response.setHeader("HX-Refresh", "true");
		}
		return "operations/backups :: run";
	}

	@PostMapping
	@PreAuthorize(OPERATORS)
	String backUpNow(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Optional<UUID> started = runs.startBackup("manual", user.email());
		if (started.isEmpty()) {
			Notices.add(redirect, "operations.backups.busy");
			return "redirect:/admin/backups";
		}
		audit.recordSystem(null, user.userId(), user.email(), "CREATE", "backup", started.get().toString(),
				"backup started");
		Notices.add(redirect, "operations.backups.started");
		return "redirect:/admin/backups";
	}

	@PostMapping("/verify")
	@PreAuthorize(OPERATORS)
	String verify(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, RedirectAttributes redirect) {
		try {
			Optional<UUID> started = runs.startVerification(name, user.email());
			Notices.add(redirect, started.isPresent() ? "operations.backups.verifying" : "operations.backups.busy",
					name);
		}
		catch (ArchiveRefusedException unknown) {
			Notices.add(redirect, "operations.backups.unknown", name);
		}
		return "redirect:/admin/backups";
	}

}
