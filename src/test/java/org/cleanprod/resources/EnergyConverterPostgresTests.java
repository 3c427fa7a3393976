package org.cleanprod.resources;

import org.cleanprod.test.PostgresTest;

/** The same conversions with the factors loaded into PostgreSQL. */
@PostgresTest
class EnergyConverterPostgresTests extends EnergyConverterTests {

}
