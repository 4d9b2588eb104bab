# Unmatched labelled transfers whose closest predicted transfer differs in 1-2 of status/donor/recipient/equipment.
import json, sys, os, subprocess
jar, pairs = sys.argv[1], sys.argv[2:]
J='/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
CORE={'status','donor','recipient','equipment'}
def agree(p,want):
    if want is None: return p is None or p==[]
    if p is None: return False
    if isinstance(want,list): return isinstance(p,list) and all(w in p for w in want)
    if isinstance(want,(int,float)): return isinstance(p,(int,float)) and float(p)==float(want)
    return str(p)==str(want)
for pair in pairs:
    ld,td=pair.split('=')
    docs=[json.loads(l) for f in sorted(os.listdir(ld)) if f.endswith('.jsonl') for l in open(os.path.join(ld,f)) if l.strip()]
    files=[os.path.join(td,d['file']) for d in docs if 'file' in d]
    out=subprocess.run([J,'--enable-native-access=ALL-UNNAMED','-jar',jar,'extract','--format','jsonl']+files,capture_output=True,text=True).stdout
    res={}
    for l in out.splitlines():
        o=json.loads(l); res[o['source']]=o
    for d in docs:
        src=os.path.join(td,d['file']); o=res.get(src)
        if not o: continue
        text=open(src).read()
        preds=[p for p in o['events'] if p['type']=='transfer']
        used=set()
        labs=[g for g in d['events'] if g['type']=='transfer']
        unmatched=[]
        for g in labs:
            hit=None
            for i,p in enumerate(preds):
                if i in used: continue
                if all(agree(p.get(k),v) for k,v in g.items()): hit=i;break
            if hit is None: unmatched.append(g)
            else: used.add(hit)
        for g in unmatched:
            best=None
            for p in preds:
                bad=[k for k,v in g.items() if not agree(p.get(k),v)]
                if best is None or len(bad)<len(best[0]): best=(bad,p)
            if not best: print(f"NOPRED\t{d['id']}\t{json.dumps(g,ensure_ascii=False)}"); continue
            bad,p=best
            tag='NEAR' if 1<=len(bad)<=2 and set(bad)<=CORE else 'FAR'
            ev=p.get('evidence') or {}
            sent=text[ev.get('start',0):ev.get('end',0)].replace('\n',' ')
            pk={k:p.get(k) for k in ('donor','recipient','status','equipment','attributed_to','quantity')}
            print(f"{tag}\t{d['id']}\t{','.join(bad)}\nL {json.dumps(g,ensure_ascii=False)}\nP {json.dumps(pk,ensure_ascii=False)}\nS {sent[:400]}\n")
