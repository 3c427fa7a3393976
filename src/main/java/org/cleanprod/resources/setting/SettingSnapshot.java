package org.cleanprod.resources.setting;

/** The state of a reference setting as the audit trail records it. */
public record SettingSnapshot(String key, String value, String unit, String sourceIds, String confidence,
		String confidenceEn, String note, String noteEn) {

	static SettingSnapshot of(ReferenceSetting setting) {
		return new SettingSnapshot(setting.getKey(), setting.getValue(), setting.getUnit(),
				setting.getProvenance().sourceIds(), setting.getProvenance().confidence(),
				setting.getProvenance().confidenceEn(), setting.getProvenance().note(),
				setting.getProvenance().noteEn());
	}

}
