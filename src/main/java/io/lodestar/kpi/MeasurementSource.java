package io.lodestar.kpi;

/** Where an actual came from. */
public enum MeasurementSource {

	MANUAL, API, IMPORT, CONNECTOR, ATTENDANCE

}
