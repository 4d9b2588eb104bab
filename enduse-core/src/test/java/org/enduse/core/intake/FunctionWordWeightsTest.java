package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordWeightsTest {
    @Test
    void findsEachWordByItsCharactersAndNothingElse() {
        Map<String, double[]> byWord = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) byWord.put("w" + i, new double[] {i});
        byWord.put("und", new double[] {-1});
        FunctionWordWeights weights = new FunctionWordWeights(byWord);
        byWord.forEach((word, w) -> assertThat(weights.get(new StringBuilder(word))).isSameAs(w));
        assertThat(weights.get(new StringBuilder("un"))).isNull();
        assertThat(weights.get(new StringBuilder("undd"))).isNull();
        assertThat(weights.get(new StringBuilder())).isNull();
        assertThat(new FunctionWordWeights(Map.of()).get("und")).isNull();
    }
}
