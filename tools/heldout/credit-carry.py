# Counts, for the labelled events whose own sentence names no credit while the report wrote one
# elsewhere, how the labels treat it: a credit carried from an earlier sentence (which one: the nearest
# earlier, in the headline, the lead or the body), one written only after the sentence, or none.
# The own sentence is the evidence sentence of the closest output event of the type, attributed_to
# aside (among equally close ones, one whose sentence writes the label's credit, or for a label
# without credit one the output credits with nothing). One extract run over all batches.
# Usage: [ONCE=1] TEXTS_ROOT=/work python3 credit-carry.py JAR 12 13 ... > out.txt
import json, sys, os, collections, subprocess, re
jar = sys.argv[1]; batches = sys.argv[2:]
J='/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','enduse-core','src','test','resources','heldout'); TEXTS=os.environ.get('TEXTS_ROOT','/work'); ONCE=os.environ.get('ONCE')=='1'
def agree(p,want):
    if want is None: return p is None or p==[]
    if p is None: return False
    if isinstance(want,list): return isinstance(p,list) and all(w in p for w in want)
    if isinstance(want,(int,float)): return isinstance(p,(int,float)) and float(p)==float(want)
    return str(p)==str(want)
ART=re.compile(r'^(the|le|la|les|l\'|l’|der|die|das|de|het)\s*',re.I)
def norm(x): return ART.sub('',x.strip()).lower()
def find_all(text,c):
    c=norm(c)
    if len(c)<2: return []
    return [m.start() for m in re.finditer(re.escape(c),text.lower())]
docs=[];files=[]
for b in batches:
    ld=f'{ROOT}/real-tune{b}'; td=f'{TEXTS}/realtexts{b}'
    for f in sorted(os.listdir(ld)):
        if not f.endswith('.jsonl'): continue
        for l in open(os.path.join(ld,f)):
            if l.strip():
                d=json.loads(l); d['_path']=os.path.join(td,d['file']); d['_b']=b; docs.append(d); files.append(d['_path'])
out=subprocess.run([J,'--enable-native-access=ALL-UNNAMED','-jar',jar,'extract','--format','jsonl']+files,capture_output=True,text=True).stdout
res={json.loads(l)['source']:json.loads(l) for l in out.splitlines()}
T=collections.Counter(); per=collections.defaultdict(collections.Counter)
for d in docs:
    o=res.get(d['_path'])
    if not o: continue
    text=open(d['_path'],encoding='utf-8').read(); low=text.lower()
    head_end=text.find('\n'); head_end=len(text) if head_end<0 else head_end
    # lead: headline + first paragraph after it
    nl=text.find('\n',head_end+1)
    while nl>=0 and nl==head_end+1: nl=text.find('\n',nl+1)
    lead_end=len(text) if nl<0 else nl
    creds=set(e.get('attributed_to') for e in d['events'] if e.get('attributed_to'))|set(e.get('attributed_to') for e in o.get('events',[]) if e.get('attributed_to'))
    kinds={m['text']:m['kind'] for m in d.get('mentions',[])}
    used=set()  # with ONCE=1 each output event stands for one label only (labels with a credit choose first)
    for g in (sorted(d['events'],key=lambda g: not g.get('attributed_to')) if ONCE else d['events']):
        cands=[p for p in o.get('events',[]) if p['type']==g['type'] and id(p) not in used] or [p for p in o.get('events',[]) if p['type']==g['type']]
        if not cands: T['unlocated']+=1; continue
        L=g.get('attributed_to')
        nb=lambda p: len([k for k,v in g.items() if k!='attributed_to' and not agree(p.get('holder_country' if k=='holder' and isinstance(v,str) and re.fullmatch('[A-Z]{2}',v) else k),v)])
        m=min(nb(p) for p in cands); tops=[p for p in cands if nb(p)==m]
        sentof=lambda p: low[p['evidence']['start']:p['evidence']['end']]
        if L:  # the closest event whose sentence writes the label's credit, if any
            tops=sorted(tops,key=lambda p: norm(L) not in sentof(p))
        else:  # a label without credit: prefer a sentence that names none
            tops=sorted(tops,key=lambda p: bool(p.get('attributed_to')))
        bp=tops[0]
        if ONCE: used.add(id(bp))
        s,e=bp['evidence']['start'],bp['evidence']['end']; sent=low[s:e]
        if L and norm(L) in sent: T['label credit in own sentence']+=1; continue
        own=[c for c in creds if c!=L and norm(c) and norm(c) in sent]
        if own: T['own sentence names another credit']+=1; continue
        earlier=[(max(x for x in find_all(text,c) if x<s),c) for c in creds if any(x<s for x in find_all(text,c))]
        key=(d['_b'],d['language'],g['type'])
        if L:
            occ=find_all(text,L); before=[x for x in occ if x<s]
            if not occ: cls='carried: not in text'
            elif not before: cls='carried: only later'+(' (within 400 chars after the sentence)' if min(occ)<e+400 else ' (further on)')
            else:
                nearest = max(earlier)[1]==L if earlier else True
                inhead=min(before)<head_end; inlead=min(before)<lead_end
                cls='carried: '+('nearest earlier' if nearest else 'not nearest')+(' +headline' if inhead else ' +lead' if inlead else ' +body')
            k=kinds.get(L) or next((kinds[t] for t in kinds if t and (t in L or L in t) and len(t)>3),'other')
            T[cls]+=1; T['carried kind '+k]+=1; T['CARRIED']+=1
            if before: T['earlier-carried kind '+k]+=1; T[d['language']+' '+cls]+=1
            if before: per[key]['carry']+=1
            else: per[key]['later']+=1
            print('C',d['id'],g['type'],repr(L),cls,'| ours:',repr(bp.get('attributed_to')))
        else:
            lab=set(x.get('attributed_to') for x in d['events'] if x.get('attributed_to'))
            el=[(x,c) for x,c in earlier if c in lab]
            if el: T['LEFT OUT, the labeller credits an earlier-written credit on another event']+=1; per[key]['leaveL']+=1
            if earlier:
                T['LEFT OUT (earlier credit exists)']+=1; per[key]['leave']+=1
                x,c=max(earlier); print('L',d['id'],g['type'],'earlier:',repr(c),'in-label' if c in lab else 'ours-only','|',text[s:e].replace('\n',' ')[:160])
            else: T['no credit earlier, none given']+=1
for k,v in sorted(T.items()): print(f'{v:5d} {k}')
print()
for agg in ('batch','lang','type'):
    c=collections.defaultdict(collections.Counter)
    for (b,l,t),v in per.items():
        kk={'batch':b,'lang':l,'type':t}[agg]; c[kk].update(v)
    print(agg, ' '.join(f"{k}:{v['carry']}/{v['later']}/{v['leave']}/{v['leaveL']}" for k,v in sorted(c.items())))
