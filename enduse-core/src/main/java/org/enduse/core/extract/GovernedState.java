package org.enduse.core.extract;

/**
 * "Уряд Швеції надасть Україні", "Правительство Испании намерено поставить", "Власти Норвегии передадут",
 * "премьер-министр Швеции заявил": in Ukrainian and Russian a government, the authorities or an official
 * name their state in the genitive after them, so that genitive stands for who acts, unlike the genitive
 * of another noun ("поддержку Украины"), which {@link TransferGivers} never takes as a giver.
 */
final class GovernedState {
    private GovernedState() {}

    /** True when the country mention follows at once a government's head word, a word for authorities or an office. */
    static boolean named(SentenceRoles roles, Mention country) {
        Lexicon.Hit body = roles.before(country, "bodyhead");
        if (body != null && body.cue().value().equals("GOVERNMENT")) return true;
        return roles.before(country, "authorities") != null || roles.before(country, "role") != null;
    }
}
