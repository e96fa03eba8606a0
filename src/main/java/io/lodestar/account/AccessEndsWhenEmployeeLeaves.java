package io.lodestar.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.lodestar.people.EmployeeLeft;
import io.lodestar.platform.audit.AuditTrail;

/**
 * Disables a leaver's account in the same transaction that records the departure, which also ends their
 * sessions; their tokens stop because tokens only work for active accounts.
 */
@Component
class AccessEndsWhenEmployeeLeaves {

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	AccessEndsWhenEmployeeLeaves(UserAccountRepository accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void on(EmployeeLeft event) {
		accounts.findByTenantIdAndEmployeeId(event.tenantId(), event.employeeId()).ifPresent(account -> {
			var before = account.auditState();
			account.disable();
			accounts.save(account);
			audit.record("DISABLE", "user", account.id(), before, account.auditState());
		});
	}

}
