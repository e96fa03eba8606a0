package io.lodestar.people;

/** What level of the organisation a unit is; only a label, any kind may sit under any other. */
public enum OrgUnitKind {

	COMPANY, DIVISION, DEPARTMENT, TEAM, OTHER

}
