/**
 * The calculations of savings, free of storage: regression of energy on its drivers,
 * normalised savings against a baseline model (IPMVP option C), and savings in intensity
 * (energy per unit of product). Inputs and results are plain values, so each rule has
 * plain unit tests.
 */
package org.cleanprod.performance.calculation;
