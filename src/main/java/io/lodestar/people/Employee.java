package io.lodestar.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.lodestar.platform.audit.Masking;

/**
 * A person employed by a company. Where they sit (org unit, position, manager) is the current
 * {@link Assignment}; it changes only through a move, which keeps the history.
 */
@Table("people_employee")
class Employee {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private String employeeNo;

	private String name;

	private String email;

	private String phone;

	private LocalDate hireDate;

	private EmployeeStatus status;

	private LocalDate leftOn;

	private UUID orgUnitId;

	private UUID positionId;

	private UUID managerId;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Employee(UUID id, UUID tenantId, String employeeNo, String name, String email, String phone, LocalDate hireDate,
			EmployeeStatus status, LocalDate leftOn, UUID orgUnitId, UUID positionId, UUID managerId,
			Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.employeeNo = employeeNo;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.hireDate = hireDate;
		this.status = status;
		this.leftOn = leftOn;
		this.orgUnitId = orgUnitId;
		this.positionId = positionId;
		this.managerId = managerId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Employee hire(UUID tenantId, EmployeeDetails details, Placement placement) {
		Instant now = Instant.now();
		return new Employee(UUID.randomUUID(), tenantId, details.employeeNo(), details.name(), details.email(),
				details.phone(), details.hireDate(), EmployeeStatus.ACTIVE, null, placement.orgUnitId(),
				placement.positionId(), placement.managerId(), now, now, null);
	}

	void correct(EmployeeDetails details) {
		this.employeeNo = details.employeeNo();
		this.name = details.name();
		this.email = details.email();
		this.phone = details.phone();
		this.hireDate = details.hireDate();
		this.updatedAt = Instant.now();
	}

	void place(Placement placement) {
		this.orgUnitId = placement.orgUnitId();
		this.positionId = placement.positionId();
		this.managerId = placement.managerId();
		this.updatedAt = Instant.now();
	}

	void leave(LocalDate lastDay) {
		this.status = EmployeeStatus.LEFT;
		this.leftOn = lastDay;
		this.updatedAt = Instant.now();
	}

	void rejoin() {
		this.status = EmployeeStatus.ACTIVE;
		this.leftOn = null;
		this.updatedAt = Instant.now();
	}

	/** Audit snapshot; the phone number is masked: the trail shows that it changed, not what it is. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("employeeNo", employeeNo);
		state.put("name", name);
		state.put("email", email);
		state.put("phone", Masking.mask(phone));
		state.put("hireDate", hireDate == null ? null : hireDate.toString());
		state.put("status", status.name());
		state.put("leftOn", leftOn == null ? null : leftOn.toString());
		state.put("orgUnitId", orgUnitId.toString());
		state.put("positionId", positionId == null ? null : positionId.toString());
		state.put("managerId", managerId == null ? null : managerId.toString());
		return state;
	}

	EmployeeDetails details() {
		return new EmployeeDetails(employeeNo, name, email, phone, hireDate);
	}

	Placement placement() {
		return new Placement(orgUnitId, positionId, managerId);
	}

	UUID id() {
		return id;
	}

	UUID tenantId() {
		return tenantId;
	}

	String employeeNo() {
		return employeeNo;
	}

	String name() {
		return name;
	}

	String email() {
		return email;
	}

	EmployeeStatus status() {
		return status;
	}

	boolean isActive() {
		return status == EmployeeStatus.ACTIVE;
	}

	LocalDate hireDate() {
		return hireDate;
	}

	LocalDate leftOn() {
		return leftOn;
	}

	UUID managerId() {
		return managerId;
	}

	UUID orgUnitId() {
		return orgUnitId;
	}

	Long version() {
		return version;
	}

}
