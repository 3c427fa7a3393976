package org.cleanprod.shared.i18n;

/**
 * A record named in Vietnamese and, optionally, in English: units, zones, agencies,
 * sectors, resources, plans and their targets, and every view of them. A record with the
 * components {@code name} and {@code nameEn} implements it and gets the name a reader
 * sees, by the one rule of {@link Bilingual#inLanguage}.
 */
public interface BilingualName {

	String name();

	String nameEn();

	/** The name in the reader's language: English when there is one, else Vietnamese. */
	default String name(boolean english) {
		return Bilingual.inLanguage(english, name(), nameEn());
	}

}
