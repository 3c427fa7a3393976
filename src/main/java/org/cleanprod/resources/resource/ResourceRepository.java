package org.cleanprod.resources.resource;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

	Optional<Resource> findByCode(String code);

	/**
	 * The resource, locked until the transaction ends: adding factors to one resource
	 * takes turns, so two overlapping factors cannot both pass the overlap check.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT r FROM Resource r WHERE r.code = :code")
	Optional<Resource> lockByCode(String code);

}
