# evdiff.py JAR_A JAR_B LABELDIR=TEXTDIR ... : transfer events that differ per document
import json, sys, os, subprocess
J='/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
a,b,pairs=sys.argv[1],sys.argv[2],sys.argv[3:]
def run(jar,files):
    out=subprocess.run([J,'--enable-native-access=ALL-UNNAMED','-jar',jar,'extract','--format','jsonl']+files,capture_output=True,text=True).stdout
    r={}
    for l in out.splitlines():
        o=json.loads(l); r[o['source']]=[json.dumps({k:e.get(k) for k in ('donor','recipient','status','equipment')},ensure_ascii=False) for e in o['events'] if e['type']=='transfer']
    return r
for pair in pairs:
    ld,td=pair.split('=')
    files=sorted(os.path.join(td,l,f) for l in os.listdir(td) if os.path.isdir(os.path.join(td,l)) for f in os.listdir(os.path.join(td,l)) if f.endswith('.txt'))
    ra,rb=run(a,files),run(b,files)
    for f in files:
        x,y=ra.get(f,[]),rb.get(f,[])
        if sorted(x)!=sorted(y):
            print(f)
            for e in x:
                if e not in y: print('  -',e)
            for e in y:
                if e not in x: print('  +',e)
