package io.lodestar.people;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/** A company's job titles. Everyone may list them; HR and system administrators change them. */
@Service
@Transactional
public class PositionManagement {

	private final PositionRepository positions;

	private final EmployeeRepository employees;

	private final AuditTrail audit;

	PositionManagement(PositionRepository positions, EmployeeRepository employees, AuditTrail audit) {
		this.positions = positions;
		this.employees = employees;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<PositionView> all(CurrentUser user) {
		return positions.findByTenantIdOrderByName(user.tenant()).stream().map(Position::view).toList();
	}

	@Transactional(readOnly = true)
	public PositionView get(CurrentUser user, UUID id) {
		return find(user.tenant(), id).view();
	}

	public PositionView create(CurrentUser user, PositionRequest request) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		requireFreeCode(tenant, request.code().strip(), null);
		Position position = positions
			.save(Position.create(tenant, request.code().strip(), request.name().strip(), blankToNull(request.description())));
		audit.record("CREATE", "position", position.id(), null, position.auditState());
		return position.view();
	}

	public PositionView update(CurrentUser user, UUID id, PositionRequest request, Long expectedVersion) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Position position = find(tenant, id);
		if (expectedVersion != null && !expectedVersion.equals(position.view().version())) {
			throw new org.springframework.dao.OptimisticLockingFailureException("position changed");
		}
		requireFreeCode(tenant, request.code().strip(), id);
		var before = position.auditState();
		position.change(request.code().strip(), request.name().strip(), blankToNull(request.description()));
		position = positions.save(position);
		audit.record("UPDATE", "position", id, before, position.auditState());
		return position.view();
	}

	public void delete(CurrentUser user, UUID id) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Position position = find(tenant, id);
		if (employees.existsByTenantIdAndPositionId(tenant, id)) {
			throw BusinessRuleException.conflict("people.position.in-use", null, position.name());
		}
		positions.delete(position);
		audit.record("DELETE", "position", id, position.auditState(), null);
	}

	private Position find(UUID tenant, UUID id) {
		return positions.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("position", id));
	}

	private void requireFreeCode(UUID tenant, String code, UUID self) {
		positions.findByTenantIdAndCode(tenant, code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw BusinessRuleException.conflict("people.position.code.taken", "code", code);
		});
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
