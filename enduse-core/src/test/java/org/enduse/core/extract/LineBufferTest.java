package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBufferTest {
    @Test
    void eachLineIsWhatWasWrittenSinceItsStartWhateverTheLinesBefore() {
        LineBuffer buffer = new LineBuffer();
        buffer.start(4);
        String json = "{\"text\":\"Бельгія\"}";
        buffer.write(json, 0, json.length());
        buffer.write('\n');
        assertThat(buffer.finish()).isEqualTo("{\"text\":\"Бельгія\"}\n");
        buffer.start(4);
        char[] plain = "abcdef".toCharArray();
        buffer.write(plain, 2, 3);
        assertThat(buffer.finish()).isEqualTo("cde");
    }

    @Test
    void aLineLongerThanTheBufferGrowsIt() {
        LineBuffer buffer = new LineBuffer();
        buffer.start(2);
        String part = "x".repeat(1000) + "ü";
        for (int i = 0; i < 3000; i++) buffer.write(part, 0, part.length());
        String line = buffer.finish();
        assertThat(line).hasSize(3000 * 1001).startsWith("xxx").endsWith("xü");
        buffer.start(2);
        buffer.write("after", 0, 5);
        assertThat(buffer.finish()).isEqualTo("after");
    }
}
