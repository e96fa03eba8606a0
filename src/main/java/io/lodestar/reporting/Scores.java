package io.lodestar.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

	/** Every person listed, in their order, with the score of their KPIs among {@code kpis}. */
	static List<Scorecard> ofPeople(List<ReportingQueries.PersonRow> people, List<ReportingQueries.KpiRow> kpis) {
		Map<UUID, List<ReportingQueries.KpiRow>> byOwner = new HashMap<>();
		kpis.forEach(row -> byOwner.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row));
		return people.stream().map(person -> ofPerson(person, byOwner.getOrDefault(person.id(), List.of()))).toList();
	}

	/** Scores of everyone who owns one of the KPIs (names are not needed for a distribution). */
	static List<Scorecard> ofPeople(List<ReportingQueries.ScoreRow> kpis) {
		Map<UUID, List<Scoring.Weighted>> byOwner = new LinkedHashMap<>();
		kpis.forEach(row -> byOwner.computeIfAbsent(row.ownerId(), id -> new ArrayList<>())
			.add(new Scoring.Weighted(row.weight(), row.completion())));
		List<Scorecard> scores = new ArrayList<>();
		byOwner.forEach((owner, items) -> {
			Scoring.WeightedScore score = weighted(items);
			scores.add(new Scorecard(owner, null, null, null, null, score.score(), score.weightSum(), items.size()));
		});
		return scores;
	}

	private static Scoring.WeightedScore weighted(List<Scoring.Weighted> items) {
		return Scoring.weighted(items);
	}

}
