package org.cleanprod.resources.setting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceSettingRepository extends JpaRepository<ReferenceSetting, Long> {

	Optional<ReferenceSetting> findByKey(String key);

	List<ReferenceSetting> findAllByOrderByKeyAsc();

}
