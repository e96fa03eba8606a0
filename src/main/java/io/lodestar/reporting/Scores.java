package io.lodestar.reporting;

import java.util.List;

import io.lodestar.scoring.Scoring;

/** Weighted scores of units and people with the scoring library: Σ weight × completion / Σ weight. */
final class Scores {

	private Scores() {
	}

	static Scorecard ofUnit(ReportingQueries.UnitRow unit, List<ReportingQueries.KpiRow> kpis) {
		Scoring.WeightedScore score = weighted(kpis.stream()
			.map(row -> new Scoring.Weighted(row.weight(), row.completion()))
			.toList());
		return new Scorecard(unit.id(), unit.name(), null, null, null, score.score(), score.weightSum(), kpis.size());
	}

	static Scorecard ofPerson(ReportingQueries.PersonRow person, List<ReportingQueries.KpiRow> kpis) {
		Scoring.WeightedScore score = weighted(kpis.stream()
			.map(row -> new Scoring.Weighted(row.weight(), row.completion()))
			.toList());
		return new Scorecard(person.id(), person.name(), person.employeeNo(), person.unitId(), person.unitName(),
				score.score(), score.weightSum(), kpis.size());
	}

	/** A person with their score from the read model; no sums: no KPIs in the period. */
	static Scorecard ofPerson(ReportingQueries.PersonRow person, PersonScores.Sums sums) {
		Scoring.WeightedScore score = sums == null ? weighted(List.of()) : sums.score();
		return new Scorecard(person.id(), person.name(), person.employeeNo(), person.unitId(), person.unitName(),
				score.score(), score.weightSum(), sums == null ? 0 : sums.kpis());
	}

	private static Scoring.WeightedScore weighted(List<Scoring.Weighted> items) {
		return Scoring.weighted(items);
	}

}
