package org.enduse.core.extract;

import java.util.List;

/**
 * What the readers of one sentence's inquiries and statements share: the sentence's roles, its
 * mentions, who the report credits and who speaks.
 *
 * @param in          the sentence's mentions
 * @param actors      those outside the credit ("according to the Washington Post" names the source, not an actor)
 * @param attribution the sentence's credit ("according to", "volgens", "за даними"), or null
 * @param attributed  the credited source, or null
 * @param speaker     the reporting clause's speaker, in this sentence or after its quote; or null
 */
record SentenceContext(SentenceRoles roles, List<Mention> in, List<Mention> actors, SourceCredit attribution, String attributed,
                       Mention speaker, Speakers speakers, Discourse discourse) {
    Passage passage() {
        return roles.passage();
    }
}
