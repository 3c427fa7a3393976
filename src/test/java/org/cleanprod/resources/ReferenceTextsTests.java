package org.cleanprod.resources;

import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitPeriod;
import org.cleanprod.places.ZoneKind;
import org.cleanprod.places.agency.AgencyService;
import org.cleanprod.places.agency.AgencySnapshot;
import org.cleanprod.places.unit.Share;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.unit.UnitSnapshot;
import org.cleanprod.places.zone.ZoneService;
import org.cleanprod.places.zone.ZoneSnapshot;
import org.cleanprod.resources.factor.FactorService;
import org.cleanprod.resources.factor.FactorSnapshot;
import org.cleanprod.resources.resource.Resource;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.resources.resource.ResourceSnapshot;
import org.cleanprod.resources.setting.SettingService;
import org.cleanprod.resources.setting.SettingSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.cleanprod.shared.units.MeasureUnit;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference data's levels, kinds, measure units and audited fields have their texts
 * in both languages.
 */
class ReferenceTextsTests {

	@Test
	void enumsAndAuditedFieldsHaveTextsInBothLanguages() throws IOException {
		Properties vietnamese = messages("vi");
		Properties english = messages("en");
		List<String> keys = new ArrayList<>();
		Stream.of(UnitLevel.values()).map(UnitLevel::messageKey).forEach(keys::add);
		Stream.of(UnitPeriod.values()).map(UnitPeriod::messageKey).forEach(keys::add);
		Stream.of(Share.values()).map(Share::messageKey).forEach(keys::add);
		Stream.of(ZoneKind.values()).map(ZoneKind::messageKey).forEach(keys::add);
		Stream.of(AgencyKind.values()).map(AgencyKind::messageKey).forEach(keys::add);
		Stream.of(ResourceKind.values()).map(ResourceKind::messageKey).forEach(keys::add);
		Stream.of(CarrierGroup.values()).map(CarrierGroup::messageKey).forEach(keys::add);
		Stream.of(FactorKind.values()).map(FactorKind::messageKey).forEach(keys::add);
		Stream.of(FactorKind.values()).map(FactorKind::unitKey).forEach(keys::add);
		Stream.of(MeasureUnit.values()).map(MeasureUnit::messageKey).forEach(keys::add);
		fields(UnitSnapshot.class, "audit.field." + UnitService.ENTITY + ".", keys);
		fields(ZoneSnapshot.class, "audit.field." + ZoneService.ENTITY + ".", keys);
		fields(AgencySnapshot.class, "audit.field." + AgencyService.ENTITY + ".", keys);
		fields(ResourceSnapshot.class, "audit.field." + ResourceService.ENTITY + ".", keys);
		fields(FactorSnapshot.class, "audit.field." + FactorService.ENTITY + ".", keys);
		fields(SettingSnapshot.class, "audit.field." + SettingService.ENTITY + ".", keys);
		Stream
			.of(UnitService.ENTITY, ZoneService.ENTITY, AgencyService.ENTITY, ResourceService.ENTITY,
					FactorService.ENTITY, SettingService.ENTITY)
			.map(entity -> "audit.entity." + entity)
			.forEach(keys::add);
		assertThat(vietnamese.keySet()).containsAll(keys);
		assertThat(english.keySet()).containsAll(keys);
	}

	private static void fields(Class<? extends Record> type, String prefix, List<String> keys) {
		Arrays.stream(type.getRecordComponents()).map(component -> prefix + component.getName()).forEach(keys::add);
	}

	/** Every module's messages of a language, as the application merges them. */
	private static Properties messages(String language) throws IOException {
		Properties all = new Properties();
		for (org.springframework.core.io.Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*_" + language + ".properties")) {
			try (InputStream input = resource.getInputStream()) {
				Properties properties = new Properties();
				properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
				all.putAll(properties);
			}
		}
		return all;
	}

}
