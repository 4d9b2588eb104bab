# Diagnostic (round 34): events in sentences whose subject is a state speaking, and the labellers' credit for them.
# Usage: python3 tools/diag/state-speakers.py JAR BATCH  (run from the repository root; texts in /work/realtextsBATCH)
import json, sys, os, re, subprocess, collections
jar=sys.argv[1]; batches=sys.argv[2:]
J='/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
VERB={
 'en': r"(said|says|announced|announces|stated|declared|confirmed|reported|claimed|claims|has announced|has said|will announce)",
 'fr': r"(a annoncé|annonce|annoncent|ont annoncé|a déclaré|déclare|a indiqué|indique|a affirmé|affirme|a confirmé|confirme|a fait savoir|fait savoir|a revendiqué|revendique|a assuré|assure|a promis|promet)",
 'de': r"(hat\b[^.]{0,60}?angekündigt|kündigte|kündigt|erklärte|erklärt|teilte|teilt|gab|gibt|sagte|bestätigte|bestätigt|hat\b[^.]{0,60}?erklärt|hat\b[^.]{0,60}?bestätigt|versprach|verspricht|meldete|meldet|behauptete|behauptet)",
 'nl': r"(heeft\b[^.]{0,60}?aangekondigd|kondigde|kondigt|maakte|maakt|verklaarde|liet weten|laat weten|zei|zegt|bevestigde|bevestigt|beloofde|belooft|meldde|meldt|beweerde|beweert)",
 'uk': r"(заявила|заявив|заявили|заявляє|оголосила|оголосив|оголосили|оголошує|повідомила|повідомив|повідомили|підтвердила|підтвердили|пообіцяла|пообіцяли|стверджує|повідомляє|повідомило|заявило)",
 'ru': r"(заявила|заявил|заявили|заявляет|объявила|объявил|объявили|объявляет|сообщила|сообщил|сообщили|подтвердила|подтвердили|пообещала|пообещали|утверждает|сообщает|сообщило|заявило)",
}
def agree(p,want):
    if want is None: return p is None or p==[]
    if p is None: return False
    if isinstance(want,list): return isinstance(p,list) and all(w in p for w in want)
    return str(p)==str(want)
tab=collections.Counter()
for b in batches:
    ld=f'enduse-core/src/test/resources/heldout/real-tune{b}'; td=f'/work/realtexts{b}'
    docs=[json.loads(l) for f in sorted(os.listdir(ld)) if f.endswith('.jsonl') for l in open(os.path.join(ld,f)) if l.strip()]
    files=[os.path.join(td,d['file']) for d in docs]
    out=subprocess.run([J,'--enable-native-access=ALL-UNNAMED','-jar',jar,'extract','--format','jsonl']+files,capture_output=True,text=True).stdout
    res={json.loads(l)['source']:json.loads(l) for l in out.splitlines()}
    for d in docs:
        lang=d['language']; path=os.path.join(td,d['file']); text=open(path,encoding='utf-8').read()
        o=res.get(path,{}); preds=o.get('events',[])
        states=sorted({m['text'] for m in d['mentions'] if m['kind']=='country' and m['text'][:1].isupper()},key=len,reverse=True)
        if not states: continue
        st='|'.join(re.escape(s) for s in states)
        # subject state then verb, or V2 verb then state (de/nl)
        pat=re.compile(r"(?<![\w-])(?:(?:the|la|le|l'|l’|de|die|das|het)\s+)?("+st+r")(?![\w-])\s+(?:(?!government|ministry|army|military|forces|regering|gouvernement|armée|ministère)[a-zа-яіїєґ'’]+\s+){0,2}?"+VERB[lang]+r"\b", re.I if lang in('en',) else 0)
        pat2=re.compile(VERB[lang]+r"\s+(?:\w+\s+){0,3}?("+st+r")(?![\w-])") if lang in ('de','nl') else None
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
            s=m.group(0); hit=pat.search(s) or (pat2.search(s) if pat2 else None)
            if not hit: continue
            state=[g for g in hit.groups() if g and g in states]; state=state[0] if state else hit.group(0)
            # events in this sentence
            evs=[p for p in preds if p.get('evidence') and p['evidence']['start']<m.end() and p['evidence']['end']>m.start()]
            for p in evs:
                best=None;bg=None
                for g in d['events']:
                    if g['type']!=p['type']: continue
                    bad=[k for k,v in g.items() if k not in('type','attributed_to') and not agree(p.get('holder_country' if k=='holder' and isinstance(v,str) and re.fullmatch('[A-Z]{2}',v) else k),v)]
                    if best is None or len(bad)<len(best): best=bad;bg=g
                if bg is None or len(best)>1: verdict='nolabel'
                else:
                    a=bg.get('attributed_to')
                    if a is None: verdict='uncredited'+('' if not best else '~'+best[0])
                    elif state.lower() in a.lower() or a.lower() in hit.group(0).lower(): verdict='state'
                    else: verdict='other:'+a
                key=verdict.split('~')[0].split(':')[0]
                if p.get('attributed_to') and p['attributed_to'].lower()!=state.lower() and (p['attributed_to'] in s): key='bodycredited'
                tab[(b,lang,key)]+=1
                print(f"{b} {d['id']} {p['type']} pred_attr={p.get('attributed_to')!r} {verdict} | {hit.group(0)!r} | {s.strip()[:200]}")
print()
for k,v in sorted(tab.items()): print(*k,v)
