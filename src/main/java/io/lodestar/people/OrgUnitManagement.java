package io.lodestar.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/** Builds and changes a company's org tree, which never forms a cycle and always has exactly one root. */
@Service
@Transactional
public class OrgUnitManagement {

	private final OrgUnitRepository units;

	private final EmployeeRepository employees;

	private final PeopleQueries queries;

	private final AuditTrail audit;

	OrgUnitManagement(OrgUnitRepository units, EmployeeRepository employees, PeopleQueries queries,
			AuditTrail audit) {
		this.units = units;
		this.employees = employees;
		this.queries = queries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<OrgUnitNode> tree(CurrentUser user) {
		return buildTree(queries.units(user.tenant()));
	}

	@Transactional(readOnly = true)
	public OrgUnitNode get(CurrentUser user, UUID id) {
		return tree(user).stream()
			.flatMap(root -> root.flatten().stream())
			.filter(node -> node.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("org-unit", id));
	}

	public OrgUnitNode create(CurrentUser user, OrgUnitRequest request) {
		return get(user, createUnit(user, request));
	}

	/**
	 * Creates a unit without reading the tree back (which counts every unit's members): an import of hundreds of
	 * units would otherwise read the whole company once per unit.
	 */
	UUID createUnit(CurrentUser user, OrgUnitRequest request) {
		requireAdministrator(user);
		UUID tenant = user.tenant();
		if (request.parentId() == null) {
			throw BusinessRuleException.invalid("people.org-unit.parent.required", "parentId");
		}
		requireUnit(tenant, request.parentId(), "parentId");
		requireFreeCode(tenant, request.code().strip(), null);
		OrgUnit unit = OrgUnit.create(tenant, request.parentId(), request.code().strip(), request.name().strip(),
				request.kind(), request.sortOrder() == null ? 0 : request.sortOrder());
		if (request.headEmployeeId() != null) {
			requireActiveEmployee(tenant, request.headEmployeeId(), "headEmployeeId");
			unit.appointHead(request.headEmployeeId());
		}
		unit = units.save(unit);
		audit.record("CREATE", "org-unit", unit.id(), null, unit.auditState());
		return unit.id();
	}

	public OrgUnitNode update(CurrentUser user, UUID id, OrgUnitRequest request, Long expectedVersion) {
		updateUnit(user, id, request, expectedVersion);
		return get(user, id);
	}

	/** Changes a unit without reading the tree back (see {@link #createUnit}). */
	void updateUnit(CurrentUser user, UUID id, OrgUnitRequest request, Long expectedVersion) {
		requireAdministrator(user);
		UUID tenant = user.tenant();
		OrgUnit unit = units.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("org-unit", id));
		if (expectedVersion != null && !expectedVersion.equals(unit.version())) {
			throw new org.springframework.dao.OptimisticLockingFailureException("org unit changed");
		}
		Map<String, Object> before = unit.auditState();
		UUID parentId = request.parentId();
		if (unit.parentId() == null) {
			if (parentId != null) {
				throw BusinessRuleException.invalid("people.org-unit.root-has-no-parent", "parentId");
			}
		}
		else {
			if (parentId == null) {
				throw BusinessRuleException.invalid("people.org-unit.parent.required", "parentId");
			}
			requireUnit(tenant, parentId, "parentId");
			if (!Objects.equals(parentId, unit.parentId())) {
				rejectCycle(tenant, id, parentId);
			}
		}
		requireFreeCode(tenant, request.code().strip(), id);
		if (request.headEmployeeId() != null && !request.headEmployeeId().equals(unit.headEmployeeId())) {
			requireActiveEmployee(tenant, request.headEmployeeId(), "headEmployeeId");
		}
		unit.change(parentId, request.code().strip(), request.name().strip(), request.kind(),
				request.headEmployeeId(), request.sortOrder() == null ? unit.sortOrder() : request.sortOrder());
		unit = units.save(unit);
		audit.record("UPDATE", "org-unit", id, before, unit.auditState());
	}

	public void delete(CurrentUser user, UUID id) {
		requireAdministrator(user);
		UUID tenant = user.tenant();
		OrgUnit unit = units.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("org-unit", id));
		if (unit.parentId() == null) {
			throw BusinessRuleException.conflict("people.org-unit.root-cannot-be-deleted", null);
		}
		if (units.existsByTenantIdAndParentId(tenant, id)) {
			throw BusinessRuleException.conflict("people.org-unit.has-children", null, unit.name());
		}
		if (employees.existsByTenantIdAndOrgUnitId(tenant, id)) {
			throw BusinessRuleException.conflict("people.org-unit.has-employees", null, unit.name());
		}
		units.delete(unit);
		audit.record("DELETE", "org-unit", id, unit.auditState(), null);
	}

	/** Creates the root unit of a newly registered company. */
	void createRoot(UUID tenantId, String code, String name) {
		units.save(OrgUnit.create(tenantId, null, code, name, OrgUnitKind.COMPANY, 0));
	}

	/** Rejects making {@code newParentId} the parent of {@code unitId} if it is the unit or lies below it. */
	void rejectCycle(UUID tenantId, UUID unitId, UUID newParentId) {
		Map<UUID, UUID> parents = new HashMap<>();
		units.findByTenantId(tenantId).forEach(unit -> parents.put(unit.id(), unit.parentId()));
		UUID cursor = newParentId;
		int guard = 0;
		while (cursor != null && guard++ <= parents.size()) {
			if (cursor.equals(unitId)) {
				throw BusinessRuleException.conflict("people.org-unit.cycle", "parentId");
			}
			cursor = parents.get(cursor);
		}
	}

	static List<OrgUnitNode> buildTree(List<PeopleQueries.UnitRow> rows) {
		Map<UUID, List<PeopleQueries.UnitRow>> byParent = new HashMap<>();
		List<PeopleQueries.UnitRow> roots = new ArrayList<>();
		for (PeopleQueries.UnitRow row : rows) {
			if (row.parentId() == null) {
				roots.add(row);
			}
			else {
				byParent.computeIfAbsent(row.parentId(), key -> new ArrayList<>()).add(row);
			}
		}
		return roots.stream().map(root -> node(root, byParent, 0)).toList();
	}

	private static OrgUnitNode node(PeopleQueries.UnitRow row, Map<UUID, List<PeopleQueries.UnitRow>> byParent,
			int depth) {
		List<OrgUnitNode> children = depth > 200 ? List.of()
				: byParent.getOrDefault(row.id(), List.of())
					.stream()
					.sorted(Comparator.comparingInt(PeopleQueries.UnitRow::sortOrder).thenComparing(PeopleQueries.UnitRow::name))
					.map(child -> node(child, byParent, depth + 1))
					.toList();
		long total = row.activeMembers() + children.stream().mapToLong(OrgUnitNode::totalMembers).sum();
		return new OrgUnitNode(row.id(), row.parentId(), row.code(), row.name(), row.kind(), row.sortOrder(),
				Ref.of(row.headId(), row.headName()), row.activeMembers(), total, children, row.version());
	}

	private void requireUnit(UUID tenant, UUID id, String field) {
		if (units.findByTenantIdAndId(tenant, id).isEmpty()) {
			throw BusinessRuleException.invalid("people.org-unit.unknown", field);
		}
	}

	private void requireFreeCode(UUID tenant, String code, UUID self) {
		units.findByTenantIdAndCode(tenant, code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw BusinessRuleException.conflict("people.org-unit.code.taken", "code", code);
		});
	}

	private void requireActiveEmployee(UUID tenant, UUID id, String field) {
		Employee employee = employees.findByTenantIdAndId(tenant, id)
			.orElseThrow(() -> BusinessRuleException.invalid("people.employee.unknown", field));
		if (!employee.isActive()) {
			throw BusinessRuleException.invalid("people.employee.not-active", field, employee.name());
		}
	}

	static void requireAdministrator(CurrentUser user) {
		if (!EmployeeVisibility.canAdminister(user)) {
			throw new AccessDeniedException("people administration");
		}
	}

}
