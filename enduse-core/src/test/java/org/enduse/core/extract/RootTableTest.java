package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootTableTest {
    @Test
    void keysWithTheSameHashKeepTheirOwnNodes() {
        RootTable<String> table = new RootTable<>();
        // "Aa" and "BB" have the same String hash, so the same bit and the same first slot.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        table.put("Aa", "first");
        table.put("BB", "second");
        assertThat(table.get("Aa")).isEqualTo("first");
        assertThat(table.get("BB")).isEqualTo("second");
        assertThat(table.get("AaBB".substring(0, 2))).as("an equal key that is another String").isEqualTo("first");
        assertThat(table.get("Ab")).isNull();
    }

    @Test
    void everyKeyIsFoundAfterTheTableHasGrownAndOthersAreNot() {
        RootTable<Integer> table = new RootTable<>();
        for (int i = 0; i < 50_000; i++) table.put("word" + i, i);
        table.put("", -1);
        table.put("белгія", -2);
        for (int i = 0; i < 50_000; i++) assertThat(table.get("word" + i)).isEqualTo(i);
        assertThat(table.get("")).isEqualTo(-1);
        assertThat(table.get("белгія")).isEqualTo(-2);
        for (int i = 50_000; i < 60_000; i++) assertThat(table.get("word" + i)).isNull();
        assertThat(table.get("word")).isNull();
        assertThat(table.get("белгі")).isNull();
    }
}
