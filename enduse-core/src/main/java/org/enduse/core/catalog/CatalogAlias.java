package org.enduse.core.catalog;

/**
 * One surface form of a catalog entry, for matchers that find entries in running text.
 * {@code role} says what the form stands for: "name" (a name or alias), "demonym" (an adjective or
 * demonym of a state), "capital" (a capital standing for its government) or "guarded" (an equipment form
 * that is also a common word, a name only right before an item noun: "Hawk launchers").
 */
public record CatalogAlias(String text, String language, String entryId, boolean equipment, String role, String country) {}
