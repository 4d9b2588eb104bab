package org.enduse.core.catalog;

/**
 * Categories of the UN Register of Conventional Arms (I-VII), the small-arms and light-weapons
 * classes of the UN 1997 panel, and OTHER for what neither covers (unarmoured vehicles, radars,
 * most drones, trucks).
 */
public enum EquipmentCategory {
    BATTLE_TANK("I"),
    ARMOURED_COMBAT_VEHICLE("II"),
    LARGE_CALIBRE_ARTILLERY("III"),
    COMBAT_AIRCRAFT("IV"),
    ATTACK_HELICOPTER("V"),
    WARSHIP("VI"),
    MISSILE_AND_LAUNCHER("VII"),
    SMALL_ARM("SALW"),
    LIGHT_WEAPON("SALW"),
    OTHER("-");

    private final String register;

    EquipmentCategory(String register) {
        this.register = register;
    }

    /** The UN Register category ("I".."VII"), "SALW", or "-" when the Register has none. */
    public String register() {
        return register;
    }
}
