package io.lodestar.account.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.CreatedUser;
import io.lodestar.account.NewUser;
import io.lodestar.account.UserView;
import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeStatus;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * Accounts of the company, for HR admins and system administrators: list and search, create an account
 * for an employee, change roles, disable or enable, end sessions, reset the password. A platform operator
 * outside any company manages the platform's system administrators here. The rules (who may grant what,
 * nobody disables themself) are the service's; this page shows its refusals next to the action.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String ADMINS = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	private final AccountManagement accounts;

	private final EmployeeManagement employees;

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	UserAdminController(AccountManagement accounts, EmployeeManagement employees, PeopleDirectory people,
			CompanyManagement companies) {
		this.accounts = accounts;
		this.employees = employees;
		this.people = people;
		this.companies = companies;
	}

	/** An account with the employee it belongs to (null for platform operators). */
	record UserRow(UserView account, EmployeeView employee) {
	}

	/** An employee in the picker of the new-account form. */
	record EmployeeOption(UUID id, String name) {
	}

	@GetMapping
	@PreAuthorize(ADMINS)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model,
			HttpServletRequest request) {
		Map<UUID, EmployeeView> staff = staff(user);
		String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<UserRow> rows = accounts.list(user)
			.stream()
			.map(account -> new UserRow(account, account.employeeId() == null ? null : staff.get(account.employeeId())))
			.filter(row -> needle.isEmpty() || matches(row, needle))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("zone", Zones.of(user, companies));
		model.addAttribute("platformScope", user.tenantId() == null);
		if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
			return "admin/users :: results";
		}
		return "admin/users";
	}

	@GetMapping("/new")
	@PreAuthorize(ADMINS)
	String newUser(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("userForm", new UserForm());
		return form(user, model, false);
	}

	@PostMapping
	@PreAuthorize(ADMINS)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model) {
		UUID employeeId = null;
		if (form.getEmployeeId() != null && !form.getEmployeeId().isBlank()) {
			try {
				employeeId = UUID.fromString(form.getEmployeeId().strip());
			}
			catch (IllegalArgumentException malformed) {
				result.rejectValue("employeeId", "account.user.employee-required");
			}
		}
		Set<Role> roles = user.tenantId() == null ? EnumSet.of(Role.SYSTEM_ADMIN) : roles(form.getRoles());
		if (result.hasErrors()) {
			return form(user, model, true);
		}
		CreatedUser created;
		try {
			created = accounts.create(user, new NewUser(employeeId, blankToNull(form.getEmail()),
					blankToNull(form.getDisplayName()), roles));
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return form(user, model, true);
		}
		return oneTimePassword(model, created.user(), created.initialPassword(), "account.users.created.title",
				"account.users.created.lead");
	}

	@GetMapping("/{id}")
	@PreAuthorize(ADMINS)
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		UserView account = accounts.get(user, id);
		RolesForm form = new RolesForm();
		account.grantedRoles().forEach(role -> form.getRoles().add(role.name()));
		form.setVersion(account.version());
		model.addAttribute("rolesForm", form);
		return detailPage(user, account, model);
	}

	@PostMapping("/{id}/roles")
	@PreAuthorize(ADMINS)
	String changeRoles(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("rolesForm") RolesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UserView saved = accounts.changeRoles(user, id, roles(form.getRoles()), form.getVersion());
			Notices.add(redirect, "account.users.roles-saved", saved.displayName());
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return detailPage(user, accounts.get(user, id), model);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize(ADMINS)
	String disable(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return act(user, id, model, redirect, "account.users.disabled", () -> accounts.disable(user, id));
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize(ADMINS)
	String enable(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return act(user, id, model, redirect, "account.users.enabled", () -> accounts.enable(user, id));
	}

	@PostMapping("/{id}/sessions/end")
	@PreAuthorize(ADMINS)
	String endSessions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return act(user, id, model, redirect, "account.users.sessions-ended", () -> {
			accounts.endSessions(user, id);
			return accounts.get(user, id);
		});
	}

	@PostMapping("/{id}/two-factor/reset")
	@PreAuthorize(ADMINS)
	String resetTwoFactor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return act(user, id, model, redirect, "account.users.two-factor-was-reset", () -> accounts.resetTwoFactor(user, id));
	}

	/** The new password is shown once, in this response; it is stored only as a hash. */
	@PostMapping("/{id}/password")
	@PreAuthorize(ADMINS)
	String resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		UserView account = accounts.get(user, id);
		String password = accounts.resetPassword(user, id);
		return oneTimePassword(model, account, password, "account.users.reset.title", "account.users.reset.lead");
	}

	private String act(CurrentUser user, UUID id, Model model, RedirectAttributes redirect, String noticeKey,
			java.util.function.Supplier<UserView> action) {
		try {
			UserView changed = action.get();
			Notices.add(redirect, noticeKey, changed.displayName());
		}
		catch (BusinessRuleException refused) {
			UserView account = accounts.get(user, id);
			RolesForm form = new RolesForm();
			account.grantedRoles().forEach(role -> form.getRoles().add(role.name()));
			form.setVersion(account.version());
			model.addAttribute("rolesForm", form);
			model.addAttribute("actionError", refused);
			return detailPage(user, account, model);
		}
		return "redirect:/admin/users/" + id;
	}

	private String detailPage(CurrentUser user, UserView account, Model model) {
		model.addAttribute("account", account);
		if (account.employeeId() != null && user.tenantId() != null) {
			model.addAttribute("employee", people.employee(user.tenantId(), account.employeeId()).orElse(null));
		}
		model.addAttribute("grantable", grantable(user));
		model.addAttribute("keepsSystemAdmin",
				!user.has(Role.SYSTEM_ADMIN) && account.grantedRoles().contains(Role.SYSTEM_ADMIN));
		model.addAttribute("self", account.id().equals(user.userId()));
		// only a system administrator may change anything about another system administrator
		model.addAttribute("mayManage",
				user.has(Role.SYSTEM_ADMIN) || !account.grantedRoles().contains(Role.SYSTEM_ADMIN));
		model.addAttribute("zone", Zones.of(user, companies));
		return "admin/user";
	}

	/** @param failed the form came back with errors: always show it, even if nobody is left to pick */
	private String form(CurrentUser user, Model model, boolean failed) {
		boolean platform = user.tenantId() == null;
		model.addAttribute("failed", failed);
		model.addAttribute("platformScope", platform);
		model.addAttribute("grantable", grantable(user));
		if (!platform) {
			Set<UUID> withAccount = new HashSet<>();
			accounts.list(user).forEach(account -> {
				if (account.employeeId() != null) {
					withAccount.add(account.employeeId());
				}
			});
			model.addAttribute("employeeOptions", employees.everyone(user)
				.stream()
				.filter(employee -> employee.status() == EmployeeStatus.ACTIVE && !withAccount.contains(employee.id()))
				.sorted(Comparator.comparing(EmployeeView::name))
				.map(employee -> new EmployeeOption(employee.id(),
						employee.name() + " · " + employee.employeeNo() + " · " + employee.orgUnit().name()))
				.toList());
		}
		return "admin/user-new";
	}

	private String oneTimePassword(Model model, UserView account, String password, String titleKey, String leadKey) {
		model.addAttribute("account", account);
		model.addAttribute("password", password);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("leadKey", leadKey);
		return "admin/user-password";
	}

	private Map<UUID, EmployeeView> staff(CurrentUser user) {
		Map<UUID, EmployeeView> staff = new HashMap<>();
		if (user.tenantId() != null) {
			employees.everyone(user).forEach(employee -> staff.put(employee.id(), employee));
		}
		return staff;
	}

	/** Roles an administrator may tick: SYSTEM_ADMIN only for system administrators. */
	private static List<Role> grantable(CurrentUser user) {
		return user.has(Role.SYSTEM_ADMIN) ? List.of(Role.HR_ADMIN, Role.EXECUTIVE, Role.SYSTEM_ADMIN)
				: List.of(Role.HR_ADMIN, Role.EXECUTIVE);
	}

	private static Set<Role> roles(Set<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			for (Role role : Role.GRANTABLE) {
				if (role.name().equals(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static boolean matches(UserRow row, String needle) {
		return contains(row.account().displayName(), needle) || contains(row.account().email(), needle)
				|| (row.employee() != null
						&& (contains(row.employee().name(), needle) || contains(row.employee().employeeNo(), needle)));
	}

	private static boolean contains(String value, String needle) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
