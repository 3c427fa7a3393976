package org.cleanprod.places;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class PlacesApiPostgresTests extends PlacesApiTests {

}
