package org.cleanprod.resources;

/**
 * A reference setting (a legal threshold or convention) got a new value: modules that
 * keep results derived from it listen, to derive them again.
 */
public record SettingChanged(String key) {

}
