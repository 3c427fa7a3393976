package org.cleanprod.places;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The administrative units as a graph of two relations: parent → child and predecessor →
 * successor. A record placed in a unit counts under that unit, its ancestors and, after a
 * reorganisation, its successors and their ancestors ({@link #reportingUnits}). Filtering
 * by a unit therefore finds records placed in it, its descendants and its predecessors
 * ({@link #coveredBy}).
 */
public final class UnitGraph {

	private final Map<Long, UnitView> units;

	private final Map<Long, List<Long>> children = new HashMap<>();

	private final Map<Long, List<Long>> successors = new HashMap<>();

	private final Map<Long, List<Long>> predecessors = new HashMap<>();

	public UnitGraph(List<UnitView> units, List<long[]> successions) {
		this.units = new HashMap<>();
		for (UnitView unit : units) {
			this.units.put(unit.id(), unit);
			if (unit.parentId() != null) {
				this.children.computeIfAbsent(unit.parentId(), id -> new java.util.ArrayList<>()).add(unit.id());
			}
		}
		for (long[] succession : successions) {
			this.successors.computeIfAbsent(succession[0], id -> new java.util.ArrayList<>()).add(succession[1]);
			this.predecessors.computeIfAbsent(succession[1], id -> new java.util.ArrayList<>()).add(succession[0]);
		}
	}

	UnitView unit(long id) {
		return this.units.get(id);
	}

	Collection<UnitView> all() {
		return this.units.values();
	}

	List<Long> children(long id) {
		return this.children.getOrDefault(id, List.of());
	}

	List<Long> successors(long id) {
		return this.successors.getOrDefault(id, List.of());
	}

	List<Long> predecessors(long id) {
		return this.predecessors.getOrDefault(id, List.of());
	}

	/**
	 * The units whose records count under any of the given units: them, their descendants
	 * and predecessors, and the units these became. An area follows its territory across
	 * a reorganisation, so an officer of an old district keeps its wards' successors; the
	 * successors' other predecessors stay outside, since they were someone else's.
	 */
	Set<Long> coveredBy(Collection<Long> unitIds) {
		Set<Long> covered = closure(unitIds, id -> concat(children(id), predecessors(id)));
		covered.addAll(closure(closure(unitIds, this::children), this::successors));
		return covered;
	}

	/** The units a record placed in the given unit counts under, itself first. */
	Set<Long> reportingUnits(long unitId) {
		return closure(List.of(unitId), id -> {
			UnitView unit = this.units.get(id);
			List<Long> parent = (unit != null && unit.parentId() != null) ? List.of(unit.parentId()) : List.of();
			return concat(parent, successors(id));
		});
	}

	/**
	 * Whether {@code to} follows {@code from} through one or more successions; adding the
	 * succession {@code to → from} would then close a cycle.
	 */
	public boolean leadsTo(long from, long to) {
		Set<Long> seen = new HashSet<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			for (Long next : successors(queue.poll())) {
				if (next == to) {
					return true;
				}
				if (seen.add(next)) {
					queue.add(next);
				}
			}
		}
		return false;
	}

	private Set<Long> closure(Collection<Long> start, Function<Long, List<Long>> next) {
		Set<Long> seen = new LinkedHashSet<>();
		Deque<Long> queue = new ArrayDeque<>();
		for (Long id : start) {
			if (this.units.containsKey(id) && seen.add(id)) {
				queue.add(id);
			}
		}
		while (!queue.isEmpty()) {
			for (Long neighbour : next.apply(queue.poll())) {
				if (seen.add(neighbour)) {
					queue.add(neighbour);
				}
			}
		}
		return seen;
	}

	private static List<Long> concat(List<Long> first, List<Long> second) {
		if (first.isEmpty()) {
			return second;
		}
		Set<Long> all = new HashSet<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
