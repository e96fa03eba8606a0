package io.lodestar.goals;

/** Who a goal belongs to. A company goal has no owner id; the others name an org unit or an employee. */
public enum OwnerType {

	COMPANY, ORG_UNIT, EMPLOYEE

}
